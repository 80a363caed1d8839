/// A province that generated models are named after.
struct Province: Sendable, Hashable {
  /// The model id: the province's name in ASCII, with hyphens.
  var id: String
  /// The province's name in Vietnamese.
  var name: String

  /// The 63 provinces and centrally run cities (before the 2025 mergers), in the order of the
  /// administrative code.
  static let all: [Province] = [
    ("ha-noi", "Hà Nội"), ("ha-giang", "Hà Giang"), ("cao-bang", "Cao Bằng"), ("bac-kan", "Bắc Kạn"),
    ("tuyen-quang", "Tuyên Quang"), ("lao-cai", "Lào Cai"), ("dien-bien", "Điện Biên"), ("lai-chau", "Lai Châu"),
    ("son-la", "Sơn La"), ("yen-bai", "Yên Bái"), ("hoa-binh", "Hoà Bình"), ("thai-nguyen", "Thái Nguyên"),
    ("lang-son", "Lạng Sơn"), ("quang-ninh", "Quảng Ninh"), ("bac-giang", "Bắc Giang"), ("phu-tho", "Phú Thọ"),
    ("vinh-phuc", "Vĩnh Phúc"), ("bac-ninh", "Bắc Ninh"), ("hai-duong", "Hải Dương"), ("hai-phong", "Hải Phòng"),
    ("hung-yen", "Hưng Yên"), ("thai-binh", "Thái Bình"), ("ha-nam", "Hà Nam"), ("nam-dinh", "Nam Định"),
    ("ninh-binh", "Ninh Bình"), ("thanh-hoa", "Thanh Hoá"), ("nghe-an", "Nghệ An"), ("ha-tinh", "Hà Tĩnh"),
    ("quang-binh", "Quảng Bình"), ("quang-tri", "Quảng Trị"), ("thua-thien-hue", "Thừa Thiên Huế"),
    ("da-nang", "Đà Nẵng"), ("quang-nam", "Quảng Nam"), ("quang-ngai", "Quảng Ngãi"), ("binh-dinh", "Bình Định"),
    ("phu-yen", "Phú Yên"), ("khanh-hoa", "Khánh Hoà"), ("ninh-thuan", "Ninh Thuận"), ("binh-thuan", "Bình Thuận"),
    ("kon-tum", "Kon Tum"), ("gia-lai", "Gia Lai"), ("dak-lak", "Đắk Lắk"), ("dak-nong", "Đắk Nông"),
    ("lam-dong", "Lâm Đồng"), ("binh-phuoc", "Bình Phước"), ("tay-ninh", "Tây Ninh"), ("binh-duong", "Bình Dương"),
    ("dong-nai", "Đồng Nai"), ("ba-ria-vung-tau", "Bà Rịa - Vũng Tàu"), ("ho-chi-minh", "Thành phố Hồ Chí Minh"),
    ("long-an", "Long An"), ("tien-giang", "Tiền Giang"), ("ben-tre", "Bến Tre"), ("tra-vinh", "Trà Vinh"),
    ("vinh-long", "Vĩnh Long"), ("dong-thap", "Đồng Tháp"), ("an-giang", "An Giang"), ("kien-giang", "Kiên Giang"),
    ("can-tho", "Cần Thơ"), ("hau-giang", "Hậu Giang"), ("soc-trang", "Sóc Trăng"), ("bac-lieu", "Bạc Liêu"),
    ("ca-mau", "Cà Mau"),
  ].map { Province(id: $0.0, name: $0.1) }
}
