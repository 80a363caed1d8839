extension Vocabulary {
  /// An information system's security level (`securityLevel`): "security level 3" / "cấp độ 3".
  ///
  /// The levels of Decree 85/2016/NĐ-CP and of the Cybersecurity Law 116/2025/QH15, Article 8.
  public static func securityLevel(_ level: Int) -> LocalizedText {
    LocalizedText(en: "security level \(level)", vi: "cấp độ \(level)")
  }

  /// The watch over a system's security that a level-3 system needs: "security monitoring" /
  /// "giám sát an toàn thông tin".
  public static let securityMonitoring = LocalizedText(en: "security monitoring", vi: "giám sát an toàn thông tin")

  /// What a security level belongs to: "information system" / "hệ thống thông tin".
  public static let informationSystem = LocalizedText(en: "information system", vi: "hệ thống thông tin")
}
