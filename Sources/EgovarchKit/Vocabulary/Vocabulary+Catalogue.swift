extension Vocabulary {
  /// The labels and headings of the reports and catalogues (`egovarch frameworks`, the gap
  /// report, the HTML report, the diagrams), keyed by their English text; each is also a
  /// constant of its own below, which the code uses.
  public static let catalogueTerms: KeyValuePairs<String, LocalizedText> = [
    "issued by": issuedBy, "in force": inForce, "always": always, "replaced by": replacedBy,
    "required components": requiredComponents, "required links": requiredLinks, "roadmap advice": roadmapAdvice,
    "first phase": firstPhase, "number of phases": phaseCount, "national systems": nationalSystems,
    "also satisfied by": satisfiedBy, "also met by a link to": metByLinkTo, "ended by": endedBy,
    "available": available, "reached through": reachedThrough, "via": via, "severity": severity,
    "kind": kindLabel, "name": name, "link": link, "dependency type": dependencyType,
    "national system": nationalSystem, "instruments cited": instrumentsCited, "instrument": instrument,
    "in English": inEnglish, "in Vietnamese": inVietnamese, "strongest severity": strongestSeverity,
    "in force from": inForceFrom, "built-in frameworks": builtInFrameworks,
  ]

  /// The instrument that issued a framework: "issued by" / "ban hành theo".
  public static let issuedBy = LocalizedText(en: "issued by", vi: "ban hành theo")

  /// The days something is in force: "in force" / "hiệu lực".
  public static let inForce = LocalizedText(en: "in force", vi: "hiệu lực")

  /// A period without bounds: "always" / "luôn áp dụng".
  public static let always = LocalizedText(en: "always", vi: "luôn áp dụng")

  /// The framework that replaced another: "replaced by" / "được thay thế bởi".
  public static let replacedBy = LocalizedText(en: "replaced by", vi: "được thay thế bởi")

  /// The components a framework requires: "required components" / "thành phần bắt buộc".
  public static let requiredComponents = LocalizedText(en: "required components", vi: "thành phần bắt buộc")

  /// The links a framework requires: "required links" / "liên kết bắt buộc".
  public static let requiredLinks = LocalizedText(en: "required links", vi: "liên kết bắt buộc")

  /// A framework's advice on the roadmap: "roadmap advice" / "khuyến nghị về lộ trình".
  public static let roadmapAdvice = LocalizedText(en: "roadmap advice", vi: "khuyến nghị về lộ trình")

  /// The kinds advised first: "first phase" / "giai đoạn đầu".
  public static let firstPhase = LocalizedText(en: "first phase", vi: "giai đoạn đầu")

  /// The number of phases a framework advises: "number of phases" / "số giai đoạn".
  public static let phaseCount = LocalizedText(en: "number of phases", vi: "số giai đoạn")

  /// The national systems of a catalogue: "national systems" / "hệ thống quốc gia".
  public static let nationalSystems = LocalizedText(en: "national systems", vi: "hệ thống quốc gia")

  /// One national system: "national system" / "hệ thống quốc gia".
  public static let nationalSystem = LocalizedText(en: "national system", vi: "hệ thống quốc gia")

  /// The kinds that also meet a component requirement: "also satisfied by" / "cũng được đáp
  /// ứng bởi".
  public static let satisfiedBy = LocalizedText(en: "also satisfied by", vi: "cũng được đáp ứng bởi")

  /// The other targets that meet a link requirement: "also met by a link to" / "cũng được đáp
  /// ứng bằng liên kết tới".
  public static let metByLinkTo = LocalizedText(en: "also met by a link to", vi: "cũng được đáp ứng bằng liên kết tới")

  /// The instrument that ended a requirement: "ended by" / "chấm dứt theo".
  public static let endedBy = LocalizedText(en: "ended by", vi: "chấm dứt theo")

  /// A national system's first year: "available" / "sẵn sàng" (with `from(year:)`).
  public static let available = LocalizedText(en: "available", vi: "sẵn sàng")

  /// The provincial platform a national system is reached through: "reached through" / "kết
  /// nối qua".
  public static let reachedThrough = LocalizedText(en: "reached through", vi: "kết nối qua")

  /// The platform a required link passes through: "via" / "đi qua".
  public static let via = LocalizedText(en: "via", vi: "đi qua")

  /// The severity of a finding or a requirement, as a label: "severity" / "mức độ".
  public static let severity = LocalizedText(en: "severity", vi: "mức độ")

  /// A kind of the catalogue, as a label: "kind" / "loại thành phần".
  public static let kindLabel = LocalizedText(en: "kind", vi: "loại thành phần")

  /// A name, as a label: "name" / "tên".
  public static let name = LocalizedText(en: "name", vi: "tên")

  /// A required link, as a label: "link" / "liên kết".
  public static let link = LocalizedText(en: "link", vi: "liên kết")

  /// The type of a dependency, as a label: "dependency type" / "kiểu phụ thuộc".
  public static let dependencyType = LocalizedText(en: "dependency type", vi: "kiểu phụ thuộc")

  /// The instruments a framework cites: "instruments cited" / "văn bản được viện dẫn".
  public static let instrumentsCited = LocalizedText(en: "instruments cited", vi: "văn bản được viện dẫn")

  /// A legal instrument, as a label: "instrument" / "văn bản".
  public static let instrument = LocalizedText(en: "instrument", vi: "văn bản")

  /// A text in English, as a label: "in English" / "tiếng Anh".
  public static let inEnglish = LocalizedText(en: "in English", vi: "tiếng Anh")

  /// A text in Vietnamese, as a label: "in Vietnamese" / "tiếng Việt".
  public static let inVietnamese = LocalizedText(en: "in Vietnamese", vi: "tiếng Việt")

  /// The strongest severity an instrument supports: "strongest severity" / "mức độ tối đa".
  public static let strongestSeverity = LocalizedText(en: "strongest severity", vi: "mức độ tối đa")

  /// The day an instrument took effect: "in force from" / "có hiệu lực từ".
  public static let inForceFrom = LocalizedText(en: "in force from", vi: "có hiệu lực từ")

  /// The frameworks egovarch carries: "built-in frameworks" / "khung kiến trúc có sẵn".
  public static let builtInFrameworks = LocalizedText(en: "built-in frameworks", vi: "khung kiến trúc có sẵn")
}
