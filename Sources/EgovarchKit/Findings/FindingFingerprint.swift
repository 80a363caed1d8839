/// A finding's identity across edits and days: made of stable facts (its rule, its file, its
/// component, and its key or its related ids), never of its position or its message.
///
/// So that it survives what does not change the finding: lines inserted above it, components
/// reordered (a cycle starts at its smallest id whatever the order), another as-of date (an
/// undated model is judged as of today, and `roadmap/overdue` says how late a task is), the
/// language of the run, and rewording. What tells two findings of a rule about the same
/// component apart is the rule's `Finding.key` when it gives one (the missing kind, the target
/// of a required link, the task, the indicator), else the related ids, sorted, except for
/// `graph/cycle`, whose order around the cycle is part of it.
///
/// Identical findings share a fingerprint; baselines and SARIF tell them apart by occurrence.
/// Baselines of version 1 hold the fingerprints of `legacy(of:file:)`, made of the message.
public struct FindingFingerprint: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The 64-bit FNV-1a hash of the key, as 16 lowercase hexadecimal digits.
  public let value: String

  /// The rules whose related ids are in an order that means something: a cycle's, in its
  /// direction from its canonical member (other rules' are sorted for the fingerprint).
  static let orderedRelated: Set<String> = [CycleRule.description.id]

  /// The fingerprint of `finding`, whose file is named `file` (relative to the base directory).
  public init(of finding: Finding, file: String) {
    var hash = Hash()
    hash.add("2")
    hash.add(finding.ruleID)
    hash.add(file)
    hash.add(finding.component.map { "c" + $0 } ?? "-")
    if let key = finding.key {
      hash.add("k")
      hash.add(key)
    } else {
      hash.add("r")
      let related = Self.orderedRelated.contains(finding.ruleID) ? finding.related : finding.related.sorted()
      for id in related { hash.add(id) }
    }
    value = hash.digits
  }

  /// The fingerprint that baselines of version 1 hold, kept to match them.
  ///
  /// It is made of the rule, the file, the component and the English message with the line
  /// numbers it names left out, so that a new date, another order of a cycle or a reworded
  /// message makes a finding new.
  public static func legacy(of finding: Finding, file: String) -> FindingFingerprint {
    let key = [
      finding.ruleID, file, finding.component ?? "", withoutLineNumbers(finding.message.english),
    ].joined(separator: "\u{1F}")
    var hash = Hash()
    hash.add(bytesOf: key)
    return FindingFingerprint(value: hash.digits)
  }

  /// Creates a fingerprint from its stored value (a baseline file).
  public init(value: String) {
    self.value = value
  }

  /// `message` with the digits after every `line ` removed (the very string when it names no
  /// line, so that a key made of it shares its storage).
  public static func withoutLineNumbers(_ message: String) -> String {
    guard message.contains("line ") else { return message }
    var key = ""
    var skippingDigits = false
    for character in message {
      if skippingDigits && character.isASCII && character.isNumber { continue }
      skippingDigits = false
      key.append(character)
      if key.hasSuffix("line ") { skippingDigits = true }
    }
    return key
  }

  public static func < (lhs: FindingFingerprint, rhs: FindingFingerprint) -> Bool { lhs.value < rhs.value }

  public var description: String { value }

  /// The 64-bit FNV-1a hash of fields, each followed by the unit separator U+001F.
  private struct Hash {
    /// The hash so far.
    var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Hashes the UTF-8 bytes of `text`, then a separator.
    mutating func add(_ text: String) {
      add(bytesOf: text)
      add(byte: 0x1F)
    }

    /// Hashes the UTF-8 bytes of `text`.
    mutating func add(bytesOf text: String) {
      for byte in text.utf8 { add(byte: byte) }
    }

    /// Hashes one byte.
    mutating func add(byte: UInt8) {
      state ^= UInt64(byte)
      state = state &* 0x0000_0100_0000_01b3
    }

    /// The hash as 16 lowercase hexadecimal digits.
    var digits: String {
      let digits = String(state, radix: 16)
      return String(repeating: "0", count: 16 - digits.count) + digits
    }
  }
}
