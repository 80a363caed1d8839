import EgovarchTestSupport
import Foundation
import Testing

/// The hostile-input corpus and hostile names through the formats that CI tools read: whatever
/// a model or a file name holds, no raw control character reaches the output, no line can be
/// read as a command of GitHub or Azure but the format's own, no markup reaches a Markdown
/// page, and the JSON and XML formats stay valid.
@Suite struct HostileFormatTests {
  /// The formats checked.
  static let formats = ["markdown", "codeclimate", "checkstyle", "azure", "github", "text"]

  /// A model whose component names are hostile to every format, each named in a finding.
  ///
  /// The finding is an unresolved reference, which quotes the component's name. XML 1.0 allows
  /// no C0 control but tab, LF and CR, even as a reference: ESC comes in through a file name.
  static let hostileNames = ModelSource.document(
    """
      <components>
        <component id="a" kind="sector-application" name="&lt;script&gt;alert(1)&lt;/script&gt; @everyone **b** [l](javascript:x) | c ~~d~~ $e$"><dependsOn ref="ghost-1"/></component>
        <component id="b" kind="sector-application" name="x&#10;::error file=x::injected&#13;##vso[task.setvariable variable=x]1"><dependsOn ref="ghost-2"/></component>
        <component id="c" kind="sector-application" name="%AZP25 %3B ;] 100% &amp;amp; &#x9B;31mred&#x7F; &#x202E;lmx.exe &#x85; &#x2028;"><dependsOn ref="ghost-3"/></component>
      </components>
    """)

  /// The committed files of the corpus that are models or would-be models (not folders).
  static var corpusFiles: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: HostileCase.folder.path)) ?? []
    return names.filter { $0.hasSuffix(".xml") }.sorted()
  }

  /// Runs `validate --format FORMAT` over the corpus's files, the hostile names and awkward
  /// file names, all in one run.
  private func run(_ format: String) async throws -> (CommandResult, files: Int) {
    let directory = try TemporaryDirectory()
    var files: [String] = []
    try directory.makeFolder("corpus")
    for name in Self.corpusFiles {
      try FileManager.default.copyItem(
        at: HostileCase.folder.appendingPathComponent(name), to: directory.url(of: "corpus/\(name)"))
      files.append("corpus/\(name)")
    }
    for (index, name) in ["names.xml", "new\nline ##vso[x.y]::error::.xml", "<b>|@all|\u{1B}[31m.xml"].enumerated() {
      try directory.write(index == 0 ? Self.hostileNames : CIFormatInput.malformed, to: "names/\(name)")
      files.append("names/\(name)")
    }
    let result = try await CommandRunner.egovarch(
      ["validate", "--as-of", "2023-12-28", "--format", format] + files, in: directory.url,
      timeout: .seconds(300))
    return (result, files.count)
  }

  @Test func theCorpusIsRead() {
    #expect(Self.corpusFiles.count > 50)
  }

  @Test(arguments: formats)
  func hostileInputStaysInert(format: String) async throws {
    let (result, files) = try await run(format)
    #expect(result.exitStatus == 1, "\(result)")
    let output = result.standardOutput
    #expect(!output.isEmpty)
    let tab: Unicode.Scalar = "\t"
    let control = output.unicodeScalars.first {
      ($0.value < 0x20 && $0 != "\n" && !($0 == tab && ["azure", "github", "text"].contains(format)))
        || (0x7F...0x9F).contains($0.value)
        // GitHub's escaping is left as it was: it shows bidirectional controls as they are.
        || (format != "github" && ((0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)))
    }
    #expect(control == nil, "\(format): a raw control character U+\(String(control?.value ?? 0, radix: 16))")
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    if format != "github" {
      #expect(!lines.contains { $0.hasPrefix("::") }, "\(format): a line GitHub would read as a command")
    }
    if format != "azure" {
      #expect(!lines.contains { $0.hasPrefix("##vso[") || $0.hasPrefix("##[") }, "\(format): an Azure command")
    }
    switch format {
    case "markdown":
      let markup = output.replacingOccurrences(of: "<details><summary>", with: "")
        .replacingOccurrences(of: "</summary>", with: "").replacingOccurrences(of: "</details>", with: "")
      #expect(!markup.contains("<"), "markdown: a raw '<' from the input")
      #expect(!output.contains(" @everyone") && !output.contains("|@all|"), "markdown: a mention")
      #expect(output.contains("&lt;script&gt;"))
    case "codeclimate":
      try await CodeQualitySchema.validate(result.standardOutputBytes)
    case "checkstyle":
      try await XMLLint.checkWellFormed(result.standardOutputBytes)
      let count = try await XMLLint.evaluate("count(/checkstyle/file)", in: result.standardOutputBytes)
      #expect(count == "\(files)")
    case "azure":
      for line in lines.dropLast() {
        let command = AzureLoggingCommand(line)
        #expect(command?.name == "task.logissue" && command?.properties.count == 5, "\(line)")
        #expect(line.ranges(of: "##vso[").count == 1 || line.hasPrefix("##vso[task.logissue "), "\(line)")
      }
      #expect(lines.last.map { AzureLoggingCommand($0) == nil } == true)
    case "github":
      #expect(lines.dropLast().allSatisfy { GitHubCommand($0) != nil }, "every line but the summary is a command")
    default:
      break
    }
  }
}
