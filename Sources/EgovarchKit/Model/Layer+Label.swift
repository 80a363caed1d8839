extension Layer {
  /// The layer's name in reports, in `language`.
  public func label(in language: Language) -> String {
    switch language {
    case .english: return rawValue
    case .vietnamese:
      switch self {
      case .users: return "người sử dụng"
      case .channels: return "kênh giao tiếp"
      case .portals: return "cổng"
      case .services: return "dịch vụ công"
      case .applications: return "ứng dụng"
      case .integration: return "tích hợp"
      case .shared: return "dịch vụ dùng chung"
      case .data: return "dữ liệu"
      case .infrastructure: return "hạ tầng"
      case .security: return "an toàn thông tin"
      case .governance: return "quản lý, chỉ đạo"
      }
    }
  }
}
