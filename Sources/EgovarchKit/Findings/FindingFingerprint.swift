/// A finding's identity across edits: its rule, file, component and message, without its
/// position, so that it survives reordering and line shifts but not a change to what it says.
///
/// Line numbers inside the message (`already declared at line 12`) are left out of the key.
/// Identical findings share a fingerprint; baselines and SARIF tell them apart by occurrence.
public struct FindingFingerprint: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The 64-bit FNV-1a hash of the key, as 16 lowercase hexadecimal digits.
  public let value: String

  /// The fingerprint of `finding`, whose file is named `file` (relative to the base directory).
  public init(of finding: Finding, file: String) {
    let key = [
      finding.ruleID, file, finding.component ?? "", Self.messageKey(finding.message.english),
    ].joined(separator: "\u{1F}")
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let digits = String(hash, radix: 16)
    value = String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// Creates a fingerprint from its stored value (a baseline file).
  public init(value: String) {
    self.value = value
  }

  /// `message` with the digits after every `line ` removed.
  static func messageKey(_ message: String) -> String {
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
}
