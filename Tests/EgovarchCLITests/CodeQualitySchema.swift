import Foundation

/// GitLab's Code Quality report as GitLab documents it, as a JSON schema, and a check of a
/// report against it with Python's `jsonschema` (as `SARIFSchemaValidator` does for SARIF).
///
/// From GitLab's "Code Quality report format" (docs.gitlab.com, ci/testing/code_quality): the
/// artifact is a JSON array of objects, each with `description` (a human-readable description),
/// `check_name` (a unique name of the check or rule), `fingerprint` (a unique fingerprint of the
/// violation, by which GitLab compares branches), `severity` (one of `info`, `minor`, `major`,
/// `critical`, `blocker`) and `location`: `path` (relative to the repository's root) and
/// `lines.begin` (or `positions.begin.line`), the first line.
enum CodeQualitySchema {
  /// The schema (Draft 7).
  static let schema = #"""
    {
      "$schema": "http://json-schema.org/draft-07/schema#",
      "type": "array",
      "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
          "description": {"type": "string", "minLength": 1},
          "check_name": {"type": "string", "minLength": 1},
          "fingerprint": {"type": "string", "minLength": 1},
          "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
          "location": {
            "type": "object",
            "required": ["path"],
            "properties": {
              "path": {"type": "string", "minLength": 1},
              "lines": {
                "type": "object",
                "required": ["begin"],
                "properties": {"begin": {"type": "integer", "minimum": 1}}
              },
              "positions": {
                "type": "object",
                "required": ["begin"],
                "properties": {
                  "begin": {
                    "type": "object",
                    "required": ["line"],
                    "properties": {"line": {"type": "integer", "minimum": 1}}
                  }
                }
              }
            },
            "anyOf": [{"required": ["lines"]}, {"required": ["positions"]}]
          }
        }
      }
    }
    """#

  /// The Python program that checks a report against the schema and GitLab's one rule the schema cannot say.
  ///
  /// No two issues may share a fingerprint (GitLab keeps one of them). Exit status 0: valid;
  /// 1: invalid, one problem per line; 3: no `jsonschema`.
  static let script = #"""
    import json, sys
    try:
        import jsonschema
    except ImportError as error:
        sys.stderr.write("python3 cannot import jsonschema (%s)\n" % error)
        sys.exit(3)
    schema = json.loads(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as file:
        report = json.load(file)
    problems = ["%s: %s" % ("/".join(map(str, error.path)), error.message)
                for error in jsonschema.Draft7Validator(schema).iter_errors(report)]
    fingerprints = [issue.get("fingerprint") for issue in report if isinstance(issue, dict)]
    if len(set(fingerprints)) != len(fingerprints):
        problems.append("two issues share a fingerprint")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("valid")
    """#

  /// Throws unless `document` is a Code Quality report as GitLab documents it.
  static func validate(_ document: Data) async throws {
    let directory = try TemporaryDirectory()
    let report = try directory.write(document, to: "gl-code-quality-report.json")
    let result = try await CommandRunner.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, schema, report.path], in: directory.url)
    guard result.exitStatus == 0, result.standardOutput == "valid\n" else {
      throw CocoaError(
        .fileReadCorruptFile,
        userInfo: [
          NSLocalizedDescriptionKey:
            "not a Code Quality report as GitLab documents it: \(result)\n--- report:\n"
            + String(decoding: document.prefix(3_000), as: UTF8.self)
        ])
    }
  }
}
