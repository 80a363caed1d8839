import ArgumentParser
import EgovarchIO

/// `egovarch-bench generate-directory`: writes M province-size synthetic models into a folder.
struct GenerateDirectoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate-directory",
    abstract: "Write M valid synthetic models of N components each into a directory.",
    discussion: """
      Files are named NNNN-PROVINCE.xml, each model after one of the 63 provinces in turn. The
      same seed always gives the same files. Each file is written atomically.
      """
  )

  @Option(help: "Number of models.")
  var models: Int

  @Option(help: "Number of components of each model.")
  var components: Int = 200

  @Option(help: "Seed of the pseudo-random choices.")
  var seed: UInt64 = 1

  @Option(name: .shortAndLong, help: "The directory to write into (created if missing).")
  var output: String

  func validate() throws {
    guard models >= 1 else { throw ValidationError("--models must be at least 1") }
    guard components >= 1 else { throw ValidationError("--components must be at least 1") }
  }

  func run() throws {
    try AtomicFileWriter.createDirectory(output)
    var seeds = SplitMix64(seed: seed)
    let width = String(models).count
    for number in 1...models {
      let province = Province.all[(number - 1) % Province.all.count]
      let generator = ModelGenerator(
        componentCount: components, seed: seeds.next(), province: province,
        modelID: "\(province.id)-\(number)")
      let digits = String(number)
      let name = String(repeating: "0", count: max(0, width - digits.count)) + digits + "-\(province.id).xml"
      try AtomicFileWriter.write(generator.generate(), to: output + "/" + name)
    }
  }
}
