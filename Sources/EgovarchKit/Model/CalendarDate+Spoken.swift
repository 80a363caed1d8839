extension CalendarDate {
  /// The date as a reader of each language writes it.
  ///
  /// "31 December 2025" in English, "31/12/2025" in Vietnamese (the form of the legal bases on
  /// the same line). Messages say dates this way; the ISO form (`description`) is for machine-readable output and the model itself.
  public var spoken: LocalizedText {
    let months = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December",
    ]
    let english = "\(day) \(months[max(0, min(11, month - 1))]) \(year)"
    let vietnamese = (day < 10 ? "0\(day)" : "\(day)") + "/" + (month < 10 ? "0\(month)" : "\(month)") + "/\(year)"
    return LocalizedText(en: english, vi: vietnamese)
  }
}
