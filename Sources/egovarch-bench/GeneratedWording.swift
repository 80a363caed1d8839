/// The Vietnamese text of generated models: agencies, descriptions, task texts, phase titles.
enum GeneratedWording {
  /// Agencies that own components and tasks.
  static let agencies = [
    "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "Sở Tư pháp", "Sở Tài chính",
    "Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Nội vụ",
    "Sở Xây dựng", "Sở Giao thông vận tải", "Sở Lao động - Thương binh và Xã hội", "Sở Công Thương",
    "Sở Nông nghiệp và Phát triển nông thôn", "Sở Văn hoá, Thể thao và Du lịch", "Công an tỉnh",
    "Bảo hiểm xã hội tỉnh", "Cục Thuế tỉnh", "Ban Quản lý các khu công nghiệp", "UBND thành phố",
  ]

  /// Short descriptions, one of which some components carry.
  static let descriptions = [
    "Triển khai dùng chung cho các sở, ban, ngành và UBND cấp huyện, cấp xã.",
    "Kết nối, chia sẻ dữ liệu qua nền tảng tích hợp của tỉnh; vận hành tại Trung tâm dữ liệu.",
    "Nâng cấp theo mô hình bảo đảm an toàn thông tin 4 lớp; giám sát bởi SOC của tỉnh.",
    "Số hoá hồ sơ, kết quả giải quyết thủ tục hành chính theo Nghị định 45/2020/NĐ-CP.",
    "Thuê dịch vụ công nghệ thông tin theo Quyết định 80/2014/QĐ-TTg.",
  ]

  /// The texts of cross-cutting tasks (training, policy, consulting).
  static let crossCuttingTasks = [
    ("train", "Đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức"),
    ("policy", "Ban hành quy chế quản lý, vận hành, khai thác các hệ thống dùng chung"),
    ("consult", "Thuê tư vấn cập nhật Kiến trúc Chính quyền điện tử của tỉnh"),
    ("train", "Tập huấn an toàn thông tin cho cán bộ chuyên trách công nghệ thông tin"),
  ]

  /// The phase titles, for phases 1, 2 and 3.
  static let phaseTitles = [
    "Giai đoạn 2021 - 2022: hạ tầng, nền tảng tích hợp và dữ liệu dùng chung",
    "Giai đoạn 2023 - 2025: ứng dụng nghiệp vụ và dịch vụ công trực tuyến toàn trình",
    "Giai đoạn 2026 - 2030: dữ liệu mở, đô thị thông minh và chuyển đổi số",
  ]

  /// The names of indicators, with the unit and direction each is measured in.
  static let indicators = [
    ("percent", "at-least", "Tỷ lệ dịch vụ công trực tuyến toàn trình"),
    ("percent", "at-least", "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến"),
    ("count", "at-most", "Số hệ thống thông tin chưa được phê duyệt hồ sơ cấp độ an toàn"),
    ("boolean", "at-least", "Hệ thống kết nối với nền tảng tích hợp, chia sẻ dữ liệu quốc gia"),
    ("percent", "at-least", "Tỷ lệ văn bản trao đổi dưới dạng điện tử"),
  ]
}
