/// The instruments the `security/…` rules cite, and the days the law on information-system
/// security levels changed (`law-since-2019.md` §3 and `schemas/frameworks/3.0.xml`, which cite
/// the same instruments with the same dates).
///
/// Until 30 June 2026 the levels are those of Decree 85/2016/NĐ-CP [S] (N40) and a level-3
/// system is monitored centrally under Circular 31/2017/TT-BTTTT, Art. 5 [S] (N35). From 1 July
/// 2026 the Cybersecurity Law 116/2025/QH15 sets five levels (Art. 8) and the duty to connect
/// monitoring to the national or provincial centre (Art. 40(1)(b)); from 19 August 2026
/// Decree 331/2026/NĐ-CP puts an information system that handles administrative procedures at
/// level 3 (Art. 13(2)(b)) and has the Ministry of Public Security monitor levels 3 to 5
/// centrally (Art. 34(1)(e)) [S2] (N41).
enum SecurityLaw {
  /// Decree 85/2016/NĐ-CP of 1 July 2016 on the security of information systems by level.
  static let decree85 = LegalInstrument(
    type: .decree, number: "85/2016/NĐ-CP", date: CalendarDate(year: 2016, month: 7, day: 1)!)

  /// Circular 31/2017/TT-BTTTT of 15 November 2017 on monitoring the security of information
  /// systems.
  ///
  /// In force 15 January 2018; cited at Article 5, central monitoring of level-3 systems.
  static let circular31 = LegalInstrument(
    type: .circular, number: "31/2017/TT-BTTTT", date: CalendarDate(year: 2017, month: 11, day: 15)!,
    inForce: CalendarDate(year: 2018, month: 1, day: 15)!, article: LocalizedText(en: "Art. 5", vi: "Điều 5"))

  /// The Cybersecurity Law 116/2025/QH15 of 10 December 2025, in force 1 July 2026.
  ///
  /// Cited at Article 8, five levels, and Article 40(1)(b), monitoring connected to the national
  /// or provincial centre.
  static let cybersecurityLaw = LegalInstrument(
    type: .law, number: "116/2025/QH15", date: CalendarDate(year: 2025, month: 12, day: 10)!,
    inForce: CalendarDate(year: 2026, month: 7, day: 1)!,
    article: LocalizedText(en: "Art. 8, Art. 40(1)(b)", vi: "Điều 8, Điều 40 khoản 1 điểm b"), confidence: .secondary)

  /// Decree 331/2026/NĐ-CP of 19 August 2026 as the monitoring rule cites it.
  ///
  /// In force that day; Article 34(1)(e): central monitoring of levels 3 to 5.
  static let decree331Monitoring = decree331(article: LocalizedText(en: "Art. 34(1)(e)", vi: "Điều 34 khoản 1 điểm e"))

  /// Decree 331/2026/NĐ-CP as the administrative-procedure rule cites it.
  ///
  /// Article 13(2)(b): a system that handles administrative procedures is at level 3.
  static let decree331ProcedureLevel = decree331(
    article: LocalizedText(en: "Art. 13(2)(b)", vi: "Điều 13 khoản 2 điểm b"))

  /// The first day of the Cybersecurity Law 116/2025/QH15, and the end of Decree 85/2016 and
  /// Circular 31/2017: 1 July 2026.
  static var newLawInForce: CalendarDate { cybersecurityLaw.effective }

  /// The first day of Decree 331/2026/NĐ-CP: 19 August 2026.
  static var newDecreeInForce: CalendarDate { decree331Monitoring.effective }

  /// The day by which a system classified before Decree 331/2026/NĐ-CP, which keeps its level
  /// meanwhile, must meet the decree's rules: 1 July 2027 (its transitional clause, [S2] N41).
  static let transitionDeadline = CalendarDate(year: 2027, month: 7, day: 1)!

  /// The lowest level the law asks monitoring for, and the level of an administrative-procedure
  /// system under Decree 331/2026: 3.
  static let level3 = 3

  /// Decree 331/2026/NĐ-CP, signed and in force on 19 August 2026 [S2], with `article`.
  private static func decree331(article: LocalizedText) -> LegalInstrument {
    LegalInstrument(
      type: .decree, number: "331/2026/NĐ-CP", date: CalendarDate(year: 2026, month: 8, day: 19)!, article: article,
      confidence: .secondary)
  }
}
