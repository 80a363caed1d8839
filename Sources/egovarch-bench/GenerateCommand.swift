import ArgumentParser
import EgovarchIO

/// `egovarch-bench generate`: writes one synthetic model of N components.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write one valid synthetic model of N components (framework 2.0).",
    discussion: "The same seed always gives the same file. The file is written atomically."
  )

  @Option(help: "Number of components.")
  var components: Int

  @Option(help: "Seed of the pseudo-random choices.")
  var seed: UInt64 = 1

  @Option(help: "Province the model is named after (an id such as lai-chau; default: chosen by the seed).")
  var province: String?

  @Option(name: .shortAndLong, help: "The file to write.")
  var output: String

  func validate() throws {
    guard components >= 1 else { throw ValidationError("--components must be at least 1") }
    if let province, !Province.all.contains(where: { $0.id == province }) {
      throw ValidationError("unknown province '\(province)'")
    }
  }

  func run() throws {
    let chosen =
      Province.all.first { $0.id == province } ?? Province.all[Int(seed % UInt64(Province.all.count))]
    let generator = ModelGenerator(componentCount: components, seed: seed, province: chosen)
    try AtomicFileWriter.write(generator.generate(), to: output)
  }
}
