import EgovarchFuzzSupport
import Foundation

/// libFuzzer's set-up hook: with `EGOVARCH_FUZZ_WRITE_SEEDS=DIR`, writes the generated seeds
/// (``SeedCorpus``) into `DIR` and exits instead of fuzzing.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
  _ argc: UnsafeMutablePointer<CInt>?,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?
) -> CInt {
  // getenv, not ProcessInfo: its environment dictionary is never freed, which LeakSanitizer reports.
  guard let variable = getenv("EGOVARCH_FUZZ_WRITE_SEEDS") else { return 0 }
  do {
    try SeedCorpus.write(to: String(cString: variable))
    exit(0)
  } catch {
    FileHandle.standardError.write(Data("egovarch-fuzz: cannot write the seeds: \(error)\n".utf8))
    exit(2)
  }
}

/// libFuzzer's entry point: runs one input through ``FuzzPipeline`` and stops the process on
/// a broken promise of the outputs, so that the input is saved as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let problems = FuzzPipeline.run(bytes).problems
  if !problems.isEmpty {
    FileHandle.standardError.write(Data(("egovarch-fuzz: " + problems.joined(separator: "\n") + "\n").utf8))
    abort()
  }
  return 0
}

/// libFuzzer's driver, which parses the command line and fuzzes (or runs the inputs given).
@_extern(c, "LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs libFuzzer's driver with the process's arguments and ``fuzzOneInput(_:_:)``.
///
/// It lives here, beside ``fuzzOneInput(_:_:)``: a debug build emits the C entry point in every
/// file that takes it as a C function pointer, and two copies do not link.
func runFuzzer() -> CInt {
  var argumentCount = CommandLine.argc
  var arguments = CommandLine.unsafeArgv
  return runFuzzerDriver(&argumentCount, &arguments, fuzzOneInput)
}
