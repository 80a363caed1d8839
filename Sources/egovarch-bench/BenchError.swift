/// Why `egovarch-bench` could not do what it was asked.
enum BenchError: Error, CustomStringConvertible {
  case cannotWrite(path: String, reason: String)

  var description: String {
    switch self {
    case .cannotWrite(let path, let reason): return "cannot write '\(path)': \(reason)"
    }
  }
}
