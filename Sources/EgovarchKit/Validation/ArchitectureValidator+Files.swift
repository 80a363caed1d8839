import Dispatch
import Synchronization

extension ArchitectureValidator {
  /// Validates the files at `paths` on up to `jobs` threads; the outcomes come back in the
  /// order of `paths`, whatever the number of threads, so output built from them is identical.
  ///
  /// The schema and the frameworks are compiled once and shared; each file is parsed with its
  /// own libxml2 context. Unless `keepingModels` is set the models (their analyses) are
  /// dropped as soon as their file is checked, so that memory stays bounded by the largest
  /// file, not the sum.
  public func validate(
    filesAt paths: [String], jobs: Int, keepingModels: Bool = false
  ) -> [Result<FileValidation, ModelFileError>] {
    let workers = max(1, min(jobs, paths.count))
    let nextIndex = Atomic<Int>(0)
    let outcomes = Mutex<[Result<FileValidation, ModelFileError>?]>(Array(repeating: nil, count: paths.count))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while true {
        let index = nextIndex.wrappingAdd(1, ordering: .relaxed).oldValue
        guard index < paths.count else { return }
        var outcome = Result { () throws(ModelFileError) -> FileValidation in try validate(fileAt: paths[index]) }
        if !keepingModels, case .success(var validation) = outcome {
          validation.analysis = nil
          outcome = .success(validation)
        }
        outcomes.withLock { $0[index] = outcome }
      }
    }
    return outcomes.withLock { $0.map { $0! } }
  }
}
