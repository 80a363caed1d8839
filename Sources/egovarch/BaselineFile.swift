import EgovarchKit
import Foundation

/// Reads a baseline file written by `--write-baseline`.
enum BaselineFile {
  /// The largest baseline file read, in bytes.
  static let sizeLimit = 64 * 1_048_576

  /// The baseline in the file at `path`.
  /// - Throws: `CommandFailure` when it cannot be read or is not a baseline.
  static func read(_ path: String) throws -> Baseline {
    let bytes: [UInt8]
    do {
      bytes = try ModelFileReader.read(path, sizeLimit: sizeLimit)
    } catch {
      throw CommandFailure(message: "--baseline: \(error)")
    }
    let notABaseline = { (reason: String) in
      CommandFailure(message: "--baseline: '\(path)' is not an egovarch baseline: \(reason)")
    }
    guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)),
      let root = object as? [String: Any]
    else { throw notABaseline("it is not a JSON object") }
    guard let version = root["version"] as? Int, version == Baseline.formatVersion else {
      throw notABaseline("'version' must be \(Baseline.formatVersion)")
    }
    guard let findings = root["findings"] as? [[String: Any]] else {
      throw notABaseline("'findings' must be a list of objects")
    }
    var entries: [BaselineEntry] = []
    entries.reserveCapacity(findings.count)
    for (index, finding) in findings.enumerated() {
      guard let fingerprint = finding["fingerprint"] as? String, let rule = finding["rule"] as? String,
        let file = finding["file"] as? String
      else {
        throw notABaseline("finding \(index + 1) lacks 'fingerprint', 'rule' or 'file'")
      }
      entries.append(
        BaselineEntry(
          fingerprint: FindingFingerprint(value: fingerprint), rule: rule, file: file,
          component: finding["component"] as? String, message: finding["message"] as? String ?? ""))
    }
    return Baseline(entries: entries)
  }
}
