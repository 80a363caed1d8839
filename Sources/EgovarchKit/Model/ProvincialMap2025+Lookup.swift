extension ProvincialMap2025 {
  /// The unit of the earlier map that `written` names, with the unit it belongs to from
  /// 2025-07-01; `nil` when the name is none of the 63 (or is empty).
  ///
  /// `former` is the name as `units` spells it ("Bình Dương"). It is the unit's own `name`
  /// when the unit kept it (Tây Ninh, Hà Nội), and another name when the former unit became
  /// part of a unit with another name (Long An, in Tây Ninh).
  ///
  /// Names compare by `key(_:)`: "tỉnh Bình Dương", "BÌNH DƯƠNG", "Binh Duong" and "Bình
  /// Dương" in NFD are all Bình Dương.
  public static func unit(formerlyNamed written: String) -> (former: String, unit: ProvincialUnit)? {
    let key = key(written)
    guard !key.isEmpty else { return nil }
    return index[key]
  }

  /// The form names are compared in: the words of the name (`String.nameWords`, diacritics
  /// folded, in lower case), without a leading `tỉnh`, `thành phố`, `thủ đô` or `TP` and
  /// without a trailing English `province` or `city`, joined without spaces.
  ///
  /// So "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh" and "Ho Chi Minh City" are all `hochiminh`,
  /// and "Bà Rịa - Vũng Tàu", "Bà Rịa–Vũng Tàu" and "Ba Ria Vung Tau" are all `bariavungtau`.
  /// A name that is only a prefix ("Tỉnh") keeps it.
  static func key(_ written: String) -> String {
    var words = written.nameWords(foldingDiacritics: true).filter { $0 != "&" }
    for prefix in [["thanh", "pho"], ["thu", "do"], ["tinh"], ["tp"]]
    where words.count > prefix.count && words.starts(with: prefix) {
      words.removeFirst(prefix.count)
      break
    }
    if words.count > 1, let last = words.last, last == "province" || last == "city" { words.removeLast() }
    return words.joined()
  }

  /// Every name of the earlier map and every variant, by key, with the unit it stands for.
  ///
  /// Each value is the former unit's name as `units` spells it and the unit it belongs to. A key that two names share would keep the first; a test checks
  /// that none does.
  private static let index: [String: (former: String, unit: ProvincialUnit)] = {
    var index: [String: (former: String, unit: ProvincialUnit)] = [:]
    var byFormerName: [String: ProvincialUnit] = [:]
    for unit in units {
      for former in unit.formedFrom {
        byFormerName[former] = unit
        if index[key(former)] == nil { index[key(former)] = (former, unit) }
      }
    }
    for (variant, former) in variants {
      guard let unit = byFormerName[former], index[key(variant)] == nil else { continue }
      index[key(variant)] = (former, unit)
    }
    return index
  }()
}
