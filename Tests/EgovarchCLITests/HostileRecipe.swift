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
  case nationalDependenciesOfOneComponent = "national-dependencies-of-one-component"
  case distinctTargetsOfOneComponent = "distinct-targets-of-one-component"
  case suppressionsTimesFindings = "suppressions-times-findings"
  case manySmallCycles = "many-small-cycles"
  case foreignAttributes = "foreign-attributes"
  case frameworkKindsThroughALaterKind = "framework-kinds-through-a-later-kind"
  case excludePatternsTimesModels = "exclude-patterns-times-models"
  case deliveredComponentWithManyDependencies = "delivered-component-with-many-dependencies"

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
      // 290,000 findings as --write-baseline writes them (version 2), of other files: the model's
      // own stays new.
      let findings = (0..<290_000).lazy.map { index in
        #"    {"fingerprint": "\#(String(index, radix: 16))", "rule": "model/unresolved-reference", "#
          + #""file": "models/m\#(index % 1000).xml", "component": "c\#(index)", "#
          + #""message": "'c\#(index)' depends on 'ghost-\#(index)', which is not a component of this model"}"#
      }
      try Self.writeBaseline(findings, version: 2, in: directory)
      return "run"
    case .baselineOf60MBSmallestFindings:
      // 1,400,000 findings of the smallest size the format allows: the most entries per byte, in
      // a file of version 1, matched the old way.
      let findings = (0..<1_400_000).lazy.map { #"{"fingerprint":"\#(String($0, radix: 16))","rule":"r","file":"f"}"# }
      try Self.writeBaseline(findings, version: 1, in: directory)
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
    case .nationalDependenciesOfOneComponent:
      // Each national dependency used to rescan all the others for the LGSP.
      let dependencies = String(
        repeating: #"      <dependsOn ref="national:national-public-service-portal" type="integration"/>"# + "\n",
        count: 100_000)
      try directory.write(
        ModelSource.complete(
          components: #"    <component id="many" kind="one-stop-shop" name="M" status="existing">"# + "\n"
            + dependencies + #"      <dependsOn ref="lgsp" type="integration"/>"# + "\n    </component>\n"),
        to: name)
    case .distinctTargetsOfOneComponent:
      let count = 50_000
      let targets = (0..<count).map {
        #"    <component id="t\#($0)" kind="lgsp" name="T" status="existing"><dependsOn ref="national:ngsp"/></component>"#
          + "\n"
      }
      let dependencies = (0..<count).map { #"      <dependsOn ref="t\#($0)" type="integration"/>"# + "\n" }
      try directory.write(
        ModelSource.complete(
          components: targets.joined() + #"    <component id="hub" kind="reporting-system" name="H" status="existing">"#
            + "\n" + dependencies.joined() + "    </component>\n"),
        to: name)
    case .suppressionsTimesFindings:
      // 20,000 findings, each looked up among 50,000 suppressions, the one that covers them last.
      let suppressions = (0..<50_000).map {
        #"    <suppress rule="kpi/not-reported" component="c\#($0 % 20_000)" reason="r"/>"# + "\n"
      }
      let last = #"    <suppress rule="model/unresolved-reference" reason="accepted"/>"# + "\n"
      let source = ModelSource.components(count: 20_000) { ["missing-\($0)"] }
      try directory.write(
        source.replacingOccurrences(
          of: "</architecture>",
          with: "  <suppressions>\n" + suppressions.joined() + last + "  </suppressions>\n</architecture>"),
        to: name)
    case .manySmallCycles:
      try directory.write(ModelSource.components(count: 100_000) { ["c\($0 ^ 1)"] }, to: name)
    case .foreignAttributes:
      let attributes = (0..<500_000).map { #"x:a\#($0)="1""# }.joined(separator: " ")
      try directory.write(
        ModelSource.complete(
          components: #"    <component id="a" kind="sector-application" name="A" status="existing" xmlns:x="urn:x" "#
            + attributes + "/>\n"), to: name)
    case .frameworkKindsThroughALaterKind:
      // 50,000 national systems reached through a kind declared after them all.
      let kinds = (0..<50_000).map {
        #"    <kind id="n\#($0)" layer="integration" scope="national" vi="N" en="N" through="last"/>"# + "\n"
      }
      try directory.write(
        #"<framework xmlns="urn:egovarch:framework:1" id="big" name="B" nameEn="B" basis="Decision 1/QD of 1/1/2020" basisEn="Decision 1/QD of 1/1/2020" issued="2020-01-01">"#
          + "\n  <catalogue>\n" + kinds.joined()
          + #"    <kind id="last" layer="integration" scope="provincial" vi="L" en="L"/>"#
          + "\n  </catalogue>\n</framework>\n",
        to: "framework.xml")
      try directory.write(ModelSource.complete(components: Self.danglingComponent), to: "model.xml")
      return "framework.xml"
    case .excludePatternsTimesModels:
      // 32,000 patterns, none matching, against each of 1,000 models (the last one excluded).
      let patterns = (0..<32_000).map {
        ["archive-\($0)/**", "**/skip-\($0).xml", "models/draft-\($0)-*.xml", "**/*.bak\($0)"][$0 % 4]
      }
      try directory.write(
        "exclude:\n" + patterns.map { "  - \"\($0)\"\n" }.joined() + "  - models/m999.xml\n", to: ".egovarch.yml")
      for index in 0..<1_000 {
        try directory.write(
          index == 7 ? ModelSource.complete(components: Self.danglingComponent) : ModelSource.complete,
          to: "models/m\(index).xml")
      }
      return "models"
    case .deliveredComponentWithManyDependencies:
      // A task delivers a component that depends on 100,000 retired components: each used to be
      // looked for among those met before it.
      let count = 100_000
      let retired = (0..<count).map {
        #"    <component id="r\#($0)" kind="sector-application" name="R" status="retired"/>"# + "\n"
      }
      let dependencies = (0..<count).map { #"      <dependsOn ref="r\#($0)"/>"# + "\n" }
      let hub =
        #"    <component id="hub" kind="sector-application" name="H" status="planned">"# + "\n"
        + dependencies.joined() + "    </component>\n"
      try directory.write(
        ModelSource.complete(components: retired.joined() + hub).replacingOccurrences(
          of: #"<task action="upgrade" component="data-centre" status="done"/>"#,
          with: #"<task action="upgrade" component="data-centre" status="done"/><task action="build" component="hub"/>"#
        ),
        to: name)
    }
    return name
  }

  /// Writes `run/model.xml`, the complete model with a dangling reference, and
  /// `run/baseline.json`, a baseline of `findings`.
  private static func writeBaseline(
    _ findings: some Sequence<String>, version: Int, in directory: TemporaryDirectory
  ) throws {
    try directory.write(ModelSource.complete(components: Self.danglingComponent), to: "run/model.xml")
    var text = "{\n  \"version\": \(version),\n  \"findings\": [\n"
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
