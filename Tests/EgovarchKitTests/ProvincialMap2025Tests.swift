import EgovarchKit
import Testing

/// The map of 2025 is the resolution's: 34 units from 63, every former name found, written as
/// people write it.
@Suite struct ProvincialMap2025Tests {
  private let units = ProvincialMap2025.units

  /// The names of the 29 former provinces that no longer name a unit.
  private var mergedAway: [String] {
    units.flatMap { unit in unit.formedFrom.filter { $0 != unit.name } }
  }

  @Test func thirtyFourUnitsFromSixtyThree() {
    #expect(units.count == 34)
    #expect(units.filter(\.isCity).count == 6, "6 centrally-run cities")
    #expect(units.filter { !$0.isCity }.count == 28, "28 provinces")
    #expect(units.filter(\.isUnchanged).count == 11)
    #expect(units.filter { !$0.isUnchanged }.flatMap(\.formedFrom).count == 52)
    let formers = units.flatMap(\.formedFrom)
    #expect(formers.count == 63)
    #expect(Set(formers).count == 63, "a former unit listed twice")
    #expect(Set(units.map(\.name)).count == 34)
    #expect(units.allSatisfy { $0.formedFrom.first == $0.name }, "each unit kept the name of one of its formers")
    #expect(mergedAway.count == 29)
    #expect(
      Set(units.filter(\.isCity).map(\.name)) == ["Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"])
  }

  @Test func theMergersOfTheBrief() {
    func unit(_ name: String) -> ProvincialUnit? { units.first { $0.name == name } }
    #expect(unit("Hồ Chí Minh")?.formedFrom == ["Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"])
    #expect(unit("Tây Ninh")?.formedFrom == ["Tây Ninh", "Long An"])
    #expect(unit("Đà Nẵng")?.formedFrom == ["Đà Nẵng", "Quảng Nam"])
    #expect(unit("Bắc Ninh")?.formedFrom == ["Bắc Ninh", "Bắc Giang"])
    #expect(unit("Cần Thơ")?.formedFrom == ["Cần Thơ", "Sóc Trăng", "Hậu Giang"])
    #expect(unit("Phú Thọ")?.formedFrom == ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"])
    #expect(unit("Lâm Đồng")?.formedFrom == ["Lâm Đồng", "Đắk Nông", "Bình Thuận"])
    #expect(unit("Lạng Sơn")?.isUnchanged == true)
    #expect(unit("Điện Biên")?.isUnchanged == true)
    #expect(unit("Hồ Chí Minh")?.title == LocalizedText(en: "Ho Chi Minh City", vi: "Thành phố Hồ Chí Minh"))
    #expect(unit("Hải Phòng")?.title.english == "Hai Phong City")
    #expect(unit("Tây Ninh")?.title.vietnamese == "tỉnh Tây Ninh")
  }

  @Test func everyNameAndVariantFindsItself() {
    // A key two names shared would make one of them find the other.
    for unit in units {
      for former in unit.formedFrom {
        let match = ProvincialMap2025.unit(formerlyNamed: former)
        #expect(match?.former == former && match?.unit == unit, "\(former)")
      }
    }
    for (variant, former) in ProvincialMap2025.variants {
      #expect(ProvincialMap2025.unit(formerlyNamed: variant)?.former == former, "\(variant)")
    }
  }

  @Test(arguments: [
    ("Bình Dương", "Bình Dương"), ("tỉnh Bình Dương", "Bình Dương"), ("Tỉnh Bình Dương", "Bình Dương"),
    ("BÌNH DƯƠNG", "Bình Dương"), ("Binh Duong", "Bình Dương"), ("Binh Duong province", "Bình Dương"),
    ("Bi\u{300}nh Dươ\u{300}ng", "Bình Dương"), ("  Bình   Dương ", "Bình Dương"),
    ("Hòa Bình", "Hòa Bình"), ("Hoà Bình", "Hòa Bình"), ("tỉnh Hoà Bình", "Hòa Bình"),
    ("Ho\u{300}a Bình", "Hòa Bình"), ("Khánh Hoà", "Khánh Hòa"), ("Thanh Hoá", "Thanh Hóa"),
    ("Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"), ("Bà Rịa–Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"), ("Bà Rịa — Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("tỉnh Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu"), ("BR-VT", "Bà Rịa - Vũng Tàu"),
    ("Thừa Thiên Huế", "Huế"), ("Thừa Thiên - Huế", "Huế"), ("thành phố Huế", "Huế"), ("Huế", "Huế"),
    ("Hồ Chí Minh", "Hồ Chí Minh"), ("TP. Hồ Chí Minh", "Hồ Chí Minh"), ("TP Hồ Chí Minh", "Hồ Chí Minh"),
    ("Tp.Hồ Chí Minh", "Hồ Chí Minh"), ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"), ("TP.HCM", "Hồ Chí Minh"),
    ("TPHCM", "Hồ Chí Minh"), ("Ho Chi Minh City", "Hồ Chí Minh"), ("Hanoi", "Hà Nội"),
    ("Thủ đô Hà Nội", "Hà Nội"), ("Bắc Cạn", "Bắc Kạn"), ("Đăk Lăk", "Đắk Lắk"), ("Kontum", "Kon Tum"),
    ("ĐẮK NÔNG", "Đắk Nông"),
  ])
  func writtenNamesAreFound(_ written: String, _ former: String) {
    #expect(ProvincialMap2025.unit(formerlyNamed: written)?.former == former)
  }

  @Test(arguments: [
    "", " ", "Tỉnh", "Thành phố", "TP.", "Ví dụ", "Bình", "Dương", "Sài Gòn", "Quảng", "Long", "Bình Dương Mới",
    "Giang", "Vũng Tàu", "Hà", "Tây Nguyên", "tỉnh tỉnh Bình Dương",
  ])
  func otherNamesAreNotFound(_ written: String) {
    #expect(ProvincialMap2025.unit(formerlyNamed: written) == nil)
  }
}
