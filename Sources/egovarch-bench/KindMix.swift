/// The mix of component kinds in generated models, after framework 2.0's catalogue.
///
/// Sector applications and databases dominate, as in a real inventory; every kind that the
/// framework requires has profiles whose links satisfy its requirements (the LGSP reaches the
/// NGSP, the one-stop shop goes through the LGSP to the National Public Service Portal, ...).
/// A kind whose national links must go through the LGSP lists `lgsp` first in `dependsOn`.
enum KindMix {
  /// Every profile, in catalogue order.
  static let profiles: [KindProfile] = [
    profile("users", "Người dân, doanh nghiệp, cán bộ, công chức", 1, ["web-channel", "public-service-centre"]),
    profile("web-channel", "Kênh truy cập qua Internet", 1, ["web-portal", "public-service-portal"]),
    profile("mobile-app", "Ứng dụng di động phục vụ người dân", 2, ["public-service-portal", "sso"]),
    profile("public-service-centre", "Bộ phận Một cửa", 2, ["one-stop-shop"]),
    profile("call-centre", "Tổng đài hỗ trợ người dân", 1, ["citizen-feedback"]),
    profile("web-portal", "Cổng thông tin điện tử", 2, ["data-centre", "sso"]),
    profile("public-service-portal", "Cổng dịch vụ công trực tuyến", 1, ["one-stop-shop", "data-centre", "e-payment"]),
    profile(
      "tthc-system", "Hệ thống thông tin giải quyết thủ tục hành chính", 1,
      ["lgsp", "one-stop-shop", "data-centre"], required: [("national-public-service-portal", "integration")]),
    profile("open-data-portal", "Cổng dữ liệu mở", 1, ["shared-data-warehouse", "data-centre"]),
    profile(
      "online-public-services", "Dịch vụ công trực tuyến toàn trình", 3, ["public-service-portal", "one-stop-shop"]),
    profile(
      "one-stop-shop", "Hệ thống thông tin một cửa điện tử", 2, ["lgsp", "digital-signature", "data-centre"],
      required: [("national-public-service-portal", "integration")]),
    profile(
      "eoffice", "Hệ thống quản lý văn bản và điều hành", 2, ["digital-signature", "data-centre"],
      required: [("national-document-axis", "integration")]),
    profile("video-conference", "Hệ thống hội nghị truyền hình trực tuyến", 1, ["wan"]),
    profile(
      "reporting-system", "Hệ thống thông tin báo cáo", 1, ["lgsp", "data-centre"],
      required: [("government-reporting-system", "integration")]),
    profile("ecabinet", "Hệ thống phòng họp không giấy", 1, ["eoffice", "digital-signature"]),
    profile("citizen-feedback", "Hệ thống tiếp nhận, xử lý phản ánh, kiến nghị", 1, ["web-portal", "lgsp"]),
    profile(
      "sector-application", "Phần mềm chuyên ngành", 40, ["lgsp", "provincial-database", "data-centre", "sso"],
      optional: [
        ("national-business-db", "data"), ("national-land-db", "data"), ("national-insurance-db", "data"),
        ("national-finance-db", "data"), ("national-civil-status-db", "data"), ("national-population-db", "data"),
      ]),
    profile("ioc", "Trung tâm giám sát, điều hành thông minh", 1, ["shared-data-warehouse", "lgsp", "data-centre"]),
    profile(
      "lgsp", "Nền tảng tích hợp, chia sẻ dữ liệu (LGSP)", 1, ["data-centre"], early: true,
      required: [("ngsp", "integration")],
      optional: [
        ("national-public-service-portal", "integration"), ("national-civil-status-db", "data"),
        ("national-payment-platform", "integration"),
      ]),
    profile(
      "document-axis", "Trục liên thông văn bản", 1, ["lgsp", "data-centre"],
      optional: [("national-document-axis", "integration")]),
    profile("email", "Hệ thống thư điện tử công vụ", 1, ["data-centre"]),
    profile("sso", "Hệ thống xác thực tập trung (SSO)", 1, ["data-centre"], optional: [("vneid", "identity")]),
    profile("digital-signature", "Chữ ký số chuyên dùng", 1, ["data-centre"]),
    profile(
      "e-payment", "Thanh toán trực tuyến phí, lệ phí", 1, ["lgsp"],
      optional: [("national-payment-platform", "integration")]),
    profile("gis", "Nền tảng bản đồ số dùng chung", 1, ["data-centre"]),
    profile(
      "shared-data-warehouse", "Kho dữ liệu dùng chung", 2, ["lgsp", "data-centre"],
      optional: [("national-population-db", "data")]),
    profile("provincial-database", "Cơ sở dữ liệu chuyên ngành", 8, ["data-centre", "shared-data-warehouse"]),
    profile("data-centre", "Trung tâm dữ liệu", 2, ["wan", "specialised-network"], early: true),
    profile("specialised-network", "Mạng truyền số liệu chuyên dùng", 1, ["wan"], early: true),
    profile("wan", "Mạng diện rộng, mạng nội bộ và kết nối Internet", 2, [], early: true),
    profile("cloud", "Nền tảng điện toán đám mây dùng chung", 1, ["data-centre", "wan"]),
    profile(
      "soc", "Trung tâm giám sát an toàn, an ninh mạng (SOC)", 1, ["data-centre", "security-system"],
      required: [("ncsc", "security")]),
    profile("security-system", "Hệ thống bảo đảm an toàn thông tin", 2, ["data-centre"], early: true),
    profile("eams", "Hệ thống quản lý kiến trúc (EAMS)", 1, ["data-centre"]),
    profile("steering-committee", "Ban Chỉ đạo chuyển đổi số", 1, ["eams"]),
    profile("custom", "Hệ thống riêng của tỉnh", 2, ["lgsp", "data-centre"]),
  ]

  /// The kinds every generated model starts with, in this order: the foundation first, then
  /// every kind framework 2.0 requires, so that the model meets the framework.
  static let foundation = [
    "wan", "specialised-network", "data-centre", "security-system", "lgsp", "digital-signature", "sso",
    "email", "web-portal", "eoffice", "one-stop-shop", "e-payment", "public-service-portal",
    "reporting-system", "soc", "eams", "steering-committee",
  ]

  /// The year each national system became available (framework 2.0's catalogue).
  static let nationalAvailability: [String: Int] = [
    "ngsp": 2019, "national-public-service-portal": 2019, "national-document-axis": 2019,
    "government-reporting-system": 2020, "national-population-db": 2021, "national-land-db": 2022,
    "national-business-db": 2010, "national-insurance-db": 2021, "national-finance-db": 2022,
    "national-civil-status-db": 2020, "ncsc": 2018, "vneid": 2022, "national-data-centre": 2025,
    "vnpost": 2016, "national-payment-platform": 2020,
  ]

  /// Whether provincial systems must reach the national system `system` through the LGSP.
  static func reachedThroughLGSP(_ system: String) -> Bool {
    !["national-document-axis", "ncsc", "vneid", "national-data-centre"].contains(system)
  }

  /// What a dependency on a component of `kind` is for.
  static func type(of kind: String) -> String {
    switch kind {
    case "data-centre", "cloud": return "hosting"
    case "wan", "specialised-network": return "network"
    case "lgsp", "document-axis": return "integration"
    case "security-system", "soc", "digital-signature": return "security"
    case "sso": return "identity"
    case "provincial-database", "shared-data-warehouse": return "data"
    default: return "uses"
    }
  }

  private static func profile(
    _ kind: String, _ name: String, _ weight: Int, _ dependsOn: [String], early: Bool = false,
    required: [(system: String, type: String)] = [], optional: [(system: String, type: String)] = []
  ) -> KindProfile {
    KindProfile(
      kind: kind, name: name, weight: weight, early: early, dependsOn: dependsOn,
      requiredNational: required, optionalNational: optional)
  }
}
