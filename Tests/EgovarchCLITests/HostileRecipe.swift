import Foundation

/// The inputs of the hostile-input corpus that are built at run time: too big to commit
/// (megabytes of generated model), or file-system objects that git cannot hold (a FIFO, an
/// unreadable file, symbolic-link loops, a sparse file).
///
/// Each builds its input in the run's directory and returns the path to give egovarch. The
/// directory already holds `secret.txt` (the run's secret) and the FIFO `secret.fifo`.
enum HostileRecipe: String, CaseIterable {
  case configurationLinkToPasswordFile = "configuration-link-to-password-file"
  case configurationLinkToSecret = "configuration-link-to-secret"
  case namedConfigurationHoldingSecret = "named-configuration-holding-secret"
  case modelNamedLikeWorkflowCommand = "model-named-like-workflow-command"
  case xxeAbsoluteSecret = "xxe-absolute-secret"
  case externalDTDAbsoluteSecret = "external-dtd-absolute-secret"
  case quadraticBlowup = "quadratic-blowup"
  case deepNesting = "deep-nesting"
  case deepNestingUnknownElements = "deep-nesting-unknown-elements"
  case longElementName = "long-element-name"
  case longAttributeValue = "long-attribute-value"
  case attributeValueOverLimit = "attribute-value-over-10-mb"
  case longIdentifierNearMiss = "long-identifier-near-miss"
  case textOverOneMiB = "text-over-1-mib"
  case whitespaceOverOneMiB = "whitespace-over-1-mib"
  case cycleOf100000 = "cycle-of-100000"
  case everyReferenceDangling = "every-reference-dangling"
  case duplicateIDsInBulk = "duplicate-ids-in-bulk"
  case singleLineOf2MB = "single-line-of-2-mb"
  case manyAttributes = "many-attributes"
  case sparseFileOf600MiB = "sparse-file-of-600-mib"
  case directoryWithoutModels = "directory-without-models"
  case directoryNamedLikeAModel = "directory-named-like-a-model"
  case unreadableFile = "unreadable-file"
  case symbolicLinkLoops = "symbolic-link-loops"
  case symbolicLinkToItself = "symbolic-link-to-itself"
  case fifo = "fifo"
  case fifoInDirectory = "fifo-in-directory"
  case baselineOf60MB = "baseline-of-60-mb"
  case baselineOf60MBSmallestFindings = "baseline-of-60-mb-smallest-findings"
  case linkToRootInDirectory = "link-to-root-in-directory"
  case linkOutOfTheTree = "link-out-of-the-tree"
  case danglingModelLink = "dangling-model-link"
  case folderNotEnterable = "folder-not-enterable"
  case outputFIFOWithoutReader = "output-fifo-without-reader"

  /// A component with one dangling reference, for `ModelSource.complete(components:)`.
  static let danglingComponent =
    #"    <component id="a" kind="sector-application" name="A" status="existing"><dependsOn ref="ghost"/></component>"#
    + "\n"

  /// Builds the input in `directory` and returns its path, relative to `directory`.
  func build(in directory: TemporaryDirectory) async throws -> String {
    let name = "hostile.xml"
    switch self {
    case .configurationLinkToPasswordFile:
      try directory.write(ModelSource.complete, to: name)
      try directory.makeSymbolicLink(".egovarch.yml", to: "/etc/passwd")
    case .configurationLinkToSecret:
      // Inside the tree, so followed: the file is read, but nothing of it is quoted.
      try directory.write(ModelSource.complete, to: name)
      try directory.makeSymbolicLink(".egovarch.yml", to: "secret.txt")
    case .namedConfigurationHoldingSecret:
      // Shaped like a credentials file whose secret stands where YAML reads an alias.
      let secret = try String(contentsOf: directory.url(of: "secret.txt"), encoding: .utf8)
      try directory.write("token: *\(secret)password: \(secret)", to: "credentials")
      try directory.write(ModelSource.complete, to: name)
    case .modelNamedLikeWorkflowCommand:
      let injected = "a\n::error file=injected.xml,line=1::injected\u{1B}]0;title\u{07}.xml"
      try directory.write(ModelSource.complete(components: Self.danglingComponent), to: injected)
      return injected
    case .xxeAbsoluteSecret:
      let secret = directory.url(of: "secret.txt").path
      let pipe = directory.url(of: "secret.fifo").path
      try directory.write(
        Self.withDoctype(
          #" [<!ENTITY secret SYSTEM "file://\#(secret)"><!ENTITY pipe SYSTEM "\#(pipe)">]"#,
          title: "&secret;&pipe;"), to: name)
    case .externalDTDAbsoluteSecret:
      try directory.write(Self.withDoctype(#" SYSTEM "\#(directory.url(of: "secret.txt").path)""#), to: name)
    case .quadraticBlowup:
      let big = String(repeating: "A", count: 100_000)
      try directory.write(
        Self.withDoctype(#" [<!ENTITY big "\#(big)">]"#, title: String(repeating: "&big;", count: 50_000)), to: name)
    case .deepNesting:
      let depth = 200_000
      try directory.write(
        ModelSource.document(
          "  <components>" + String(repeating: "<component>", count: depth)
            + String(repeating: "</component>", count: depth) + "</components>"), to: name)
    case .deepNestingUnknownElements:
      let depth = 200_000
      try directory.write(
        #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n" + String(repeating: "<a>", count: depth)
          + String(repeating: "</a>", count: depth) + "\n", to: name)
    case .longElementName:
      try directory.write(
        ModelSource.complete(components: "    <" + String(repeating: "e", count: 200_000) + "/>\n"), to: name)
    case .longAttributeValue:
      let value = String(repeating: "Đ", count: 2_000_000)
      try directory.write(
        ModelSource.complete(
          components: Self.danglingComponent.replacingOccurrences(of: #"name="A""#, with: #"name="\#(value)""#)),
        to: name)
    case .attributeValueOverLimit:
      let value = String(repeating: "x", count: 11_000_000)
      try directory.write(
        ModelSource.complete(
          components: #"    <component id="a" kind="sector-application" name="\#(value)" status="existing"/>"# + "\n"),
        to: name)
    case .longIdentifierNearMiss:
      let id = String(repeating: "x", count: 1_000_000)
      try directory.write(
        ModelSource.complete(
          components: #"    <component id="\#(id)" kind="sector-application" name="L" status="existing"/>"# + "\n"
            + Self.danglingComponent.replacingOccurrences(of: "ghost", with: id + "y")), to: name)
    case .textOverOneMiB:
      try directory.write(
        ModelSource.complete().replacingOccurrences(
          of: "<title>", with: "<title>" + String(repeating: "Tiêu đề ", count: 250_000)), to: name)
    case .whitespaceOverOneMiB:
      try directory.write(
        ModelSource.complete().replacingOccurrences(
          of: "<components>\n", with: "<components>\n" + String(repeating: " ", count: 2_000_000)), to: name)
    case .cycleOf100000:
      let count = 100_000
      try directory.write(ModelSource.components(count: count) { ["c\(($0 + 1) % count)"] }, to: name)
    case .everyReferenceDangling:
      try directory.write(ModelSource.components(count: 10_000) { ["missing-\($0)"] }, to: name)
    case .duplicateIDsInBulk:
      let duplicates = (0..<10_000).map {
        #"    <component id="dup" kind="sector-application" name="D\#($0)" status="existing"/>"# + "\n"
      }
      try directory.write(ModelSource.complete(components: duplicates.joined()), to: name)
    case .singleLineOf2MB:
      let source = ModelSource.components(count: 17_000) { ["missing-\($0)"] }
      try directory.write(source.replacingOccurrences(of: "\n", with: " "), to: name)
    case .manyAttributes:
      let attributes = (0..<20_000).map { #"a\#($0)="1""# }.joined(separator: " ")
      try directory.write(
        ModelSource.complete(
          components: #"    <component id="a" kind="sector-application" name="A" status="existing" "#
            + attributes + "/>\n"), to: name)
    case .sparseFileOf600MiB:
      let file = try directory.write(Data(), to: name)
      let handle = try FileHandle(forWritingTo: file)
      try handle.truncate(atOffset: 600 << 20)
      try handle.close()
    case .directoryWithoutModels:
      try directory.write("notes", to: "drafts/readme.txt")
      try directory.write("{}", to: "drafts/sub/model.json")
      try directory.makeFolder("drafts/empty")
      return "drafts"
    case .directoryNamedLikeAModel:
      try directory.makeFolder("model.xml")
      return "model.xml"
    case .unreadableFile:
      try directory.write(ModelSource.complete, to: "locked.xml")
      try directory.setPermissions(0o000, of: "locked.xml")
      return "locked.xml"
    case .symbolicLinkLoops:
      try directory.write(ModelSource.complete, to: "repo/a/clean.xml")
      try directory.write(ModelSource.complete(components: Self.danglingComponent), to: "repo/b/error.xml")
      try directory.makeSymbolicLink("repo/a/up", to: "..")
      try directory.makeSymbolicLink("repo/b/again", to: "../b")
      try directory.makeSymbolicLink("repo/loop-1", to: "loop-2")
      try directory.makeSymbolicLink("repo/loop-2", to: "loop-1")
      try directory.makeSymbolicLink("repo/self.xml", to: "self.xml")
      try directory.makeSymbolicLink("repo/b/alias.xml", to: "error.xml")
      return "repo"
    case .symbolicLinkToItself:
      try directory.makeSymbolicLink("self.xml", to: "self.xml")
      return "self.xml"
    case .fifo:
      try await directory.makeFIFO("pipe.xml")
      return "pipe.xml"
    case .fifoInDirectory:
      try directory.write(ModelSource.complete, to: "models/a.xml")
      try await directory.makeFIFO("models/b-pipe.xml")
      try directory.write(ModelSource.complete(components: Self.danglingComponent), to: "models/c.xml")
      return "models"
    case .baselineOf60MB:
      // 290,000 findings as --write-baseline writes them, of other files: the model's own stays new.
      let findings = (0..<290_000).lazy.map { index in
        #"    {"fingerprint": "\#(String(index, radix: 16))", "rule": "model/unresolved-reference", "#
          + #""file": "models/m\#(index % 1000).xml", "component": "c\#(index)", "#
          + #""message": "'c\#(index)' depends on 'ghost-\#(index)', which is not a component of this model"}"#
      }
      try Self.writeBaseline(findings, in: directory)
      return "run"
    case .baselineOf60MBSmallestFindings:
      // 1,400,000 findings of the smallest size the format allows: the most entries per byte.
      let findings = (0..<1_400_000).lazy.map { #"{"fingerprint":"\#(String($0, radix: 16))","rule":"r","file":"f"}"# }
      try Self.writeBaseline(findings, in: directory)
      return "run"
    case .linkToRootInDirectory:
      try directory.write(ModelSource.complete(components: Self.danglingComponent), to: "repo/models/error.xml")
      try directory.makeSymbolicLink("repo/root", to: "/")
      return "repo"
    case .linkOutOfTheTree:
      // The run's secret lies beside the scanned folder: neither link may be followed.
      try directory.write(ModelSource.complete, to: "repo/clean.xml")
      try directory.makeSymbolicLink("repo/parent", to: "..")
      try directory.makeSymbolicLink("repo/secret.xml", to: "../secret.txt")
      return "repo"
    case .danglingModelLink:
      try directory.write(ModelSource.complete, to: "repo/clean.xml")
      try directory.makeSymbolicLink("repo/gone.xml", to: "renamed-since.xml")
      try directory.makeSymbolicLink("repo/notes", to: "no-such-folder")
      return "repo"
    case .folderNotEnterable:
      try directory.write(ModelSource.complete, to: "repo/clean.xml")
      try directory.write(ModelSource.complete(components: Self.danglingComponent), to: "repo/locked/error.xml")
      try directory.setPermissions(0o644, of: "repo/locked")
      return "repo"
    case .outputFIFOWithoutReader:
      try directory.write(ModelSource.complete, to: name)
      try await directory.makeFIFO("report.fifo")
    }
    return name
  }

  /// Writes `run/model.xml`, the complete model with a dangling reference, and
  /// `run/baseline.json`, a baseline of `findings`.
  private static func writeBaseline(
    _ findings: some Sequence<String>, in directory: TemporaryDirectory
  ) throws {
    try directory.write(ModelSource.complete(components: Self.danglingComponent), to: "run/model.xml")
    var text = "{\n  \"version\": 1,\n  \"findings\": [\n"
    text.reserveCapacity(62_000_000)
    var first = true
    for finding in findings {
      if !first { text += ",\n" }
      text += finding
      first = false
    }
    text += "\n  ]\n}\n"
    try directory.write(text, to: "run/baseline.json")
  }

  /// The complete model with the document type declaration `<!DOCTYPE architecture…>` (whose
  /// rest is `declaration`) on line 2, and `title` at the start of its title.
  private static func withDoctype(_ declaration: String, title: String = "") -> String {
    ModelSource.complete()
      .replacingOccurrences(of: "<architecture", with: "<!DOCTYPE architecture\(declaration)>\n<architecture")
      .replacingOccurrences(of: "<title>", with: "<title>" + title)
  }
}
