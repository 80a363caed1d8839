import EgovarchTestSupport
import Foundation

/// Validates SARIF logs against the official SARIF 2.1.0 JSON schema with Python's `jsonschema`
/// (Draft 7), and checks SARIF's rules for URIs that the schema leaves to optional modules.
///
/// A schema whose root constrains nothing but that keeps the log's root object in
/// `definitions/Root` (the copy in `shared/peers/sarif`, taken from AdaCore/sarif-ada) is applied
/// through that definition, with the `anyOf` constraints of the OASIS schema that the copy drops
/// put back; a schema that accepts `{}` is refused, so that no check is vacuous.
///
/// The schema is `$SARIF_SCHEMA` when that is set, else the OASIS committee's own copy,
/// `sarif-schema-2.1.0.oasis.json` (which keeps the official `anyOf` rules), else the older
/// copy `sarif-schema-2.1.0.json`, each looked for in `<package>/../shared/peers/sarif/`, then
/// in `/work/shared/peers/sarif/`. A missing schema, `python3` or `jsonschema` is an error,
/// never a pass: the tests that use this fail.
enum SARIFSchemaValidator {
  /// The file names of the schema, the preferred first.
  static let schemaFileNames = ["sarif-schema-2.1.0.oasis.json", "sarif-schema-2.1.0.json"]

  /// The places the schema is looked for, in order.
  static var candidates: [URL] {
    if let given = ProcessInfo.processInfo.environment["SARIF_SCHEMA"], !given.isEmpty {
      return [URL(fileURLWithPath: given)]
    }
    let folders = [
      PackageRoot.url.deletingLastPathComponent().appendingPathComponent("shared/peers/sarif").standardizedFileURL,
      URL(fileURLWithPath: "/work/shared/peers/sarif"),
    ]
    return schemaFileNames.flatMap { name in folders.map { $0.appendingPathComponent(name) } }
  }

  /// The schema file, or why there is none.
  static func schema() throws(SARIFSchemaError) -> URL {
    let found = candidates.first { FileManager.default.isReadableFile(atPath: $0.path) }
    guard let found else { throw .schemaNotFound(searched: candidates.map(\.path)) }
    return found
  }

  /// The Python program, run as `python3 -c SCRIPT SCHEMA LOG`.
  ///
  /// Exit status 0: valid; 1: invalid, one problem per line on standard output; 3: no
  /// `jsonschema`; 4: the schema accepts an empty object, so it would check nothing.
  static let script = #"""
    import json, re, sys
    try:
        import jsonschema
    except ImportError as error:
        sys.stderr.write("python3 cannot import jsonschema (%s); install it with: pip install jsonschema\n" % error)
        sys.exit(3)
    with open(sys.argv[1], encoding="utf-8") as file:
        schema = json.load(file)
    with open(sys.argv[2], encoding="utf-8") as file:
        log = json.load(file)
    # The copy in shared/peers/sarif (from AdaCore/sarif-ada) keeps the log's root object in
    # definitions/Root and constrains nothing at its own root, so it would accept any document.
    root_keywords = ("type", "properties", "required", "$ref", "allOf", "anyOf", "oneOf")
    if not any(keyword in schema for keyword in root_keywords) and "Root" in schema.get("definitions", {}):
        schema = dict(schema, **{"$ref": "#/definitions/Root"})
    # It also drops the official schema's anyOf constraints (a message needs text or id, a region
    # a start...): put back those that are missing.
    OFFICIAL_ANY_OF = {
        "message": [["text"], ["id"]],
        "physicalLocation": [["address"], ["artifactLocation"]],
        "region": [["startLine"], ["charOffset"], ["byteOffset"]],
        "reportingDescriptorReference": [["index"], ["guid"], ["id"]],
        "externalPropertyFileReference": [["location"], ["guid"]],
    }
    for name, alternatives in OFFICIAL_ANY_OF.items():
        definition = schema.get("definitions", {}).get(name)
        if definition is not None and "anyOf" not in definition:
            definition["anyOf"] = [{"required": required} for required in alternatives]
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    if not any(True for _ in validator.iter_errors({})):
        sys.stderr.write("the schema %s accepts {}: it checks nothing\n" % sys.argv[1])
        sys.exit(4)
    problems = ["%s: %s" % ("/".join(str(part) for part in error.absolute_path) or "(root)", error.message)
                for error in sorted(validator.iter_errors(log), key=lambda error: list(map(str, error.absolute_path)))]
    # jsonschema checks the "uri" formats only with optional modules: check RFC 3986 here, and
    # SARIF 2.1.0's rules: a uri with a uriBaseId is relative (3.4.4); a base is absolute and ends in "/" (3.14.14).
    URI = re.compile(r"^(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$")
    SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
    def walk(value, path):
        if isinstance(value, dict):
            for key, item in value.items():
                where = "/".join(path + [key])
                if key in ("uri", "helpUri", "$schema") and isinstance(item, str) and not URI.match(item):
                    problems.append("%s: not an RFC 3986 URI reference: %r" % (where, item))
                if key == "uri" and "uriBaseId" in value and (SCHEME.match(item) or item.startswith("/")):
                    problems.append("%s: a uri with a uriBaseId must be relative: %r" % (where, item))
                if key == "uri" and len(path) >= 2 and path[-2] == "originalUriBaseIds" and not (
                        SCHEME.match(item) and item.endswith("/")):
                    problems.append("%s: a base URI must be absolute and end with '/': %r" % (where, item))
                walk(item, path + [key])
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, path + [str(index)])
    walk(log, [])
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("valid")
    """#

  /// Checks `document` (a SARIF log) against `schema` (default: the one `schema()` finds);
  /// throws `SARIFSchemaError` when it is not valid or cannot be checked.
  static func validate(_ document: Data, schema given: URL? = nil) async throws {
    let directory = try TemporaryDirectory()
    try await validate(fileAt: directory.write(document, to: "log.sarif"), schema: given)
  }

  /// Checks the SARIF log in the file `log` as `validate(_:schema:)` does, without reading it
  /// into this process (a log of megabytes parsed here would raise the test process's peak
  /// memory, which `BoundedCommandRunner`'s measurements of later runs cannot go below).
  static func validate(fileAt log: URL, schema given: URL? = nil) async throws {
    let schema = try given ?? schema()
    guard FileManager.default.isReadableFile(atPath: schema.path) else {
      throw SARIFSchemaError.schemaNotFound(searched: [schema.path])
    }
    let directory = try TemporaryDirectory()
    let result = try await CommandRunner.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, schema.path, log.path], in: directory.url,
      timeout: .seconds(300))
    switch result.exitStatus {
    case 0 where result.standardOutput == "valid\n":
      return
    case 1:
      let excerpt = (try? FileHandle(forReadingFrom: log).read(upToCount: 4_000)) ?? nil
      throw SARIFSchemaError.invalid(
        problems: result.outputLines, document: String(decoding: excerpt ?? Data(), as: UTF8.self))
    case 3, 4:
      throw SARIFSchemaError.validatorUnavailable(result.standardError)
    case 127:
      throw SARIFSchemaError.validatorUnavailable("python3 was not found on PATH: \(result)")
    default:
      throw SARIFSchemaError.validatorUnavailable("the check did not run as expected: \(result)")
    }
  }
}
