#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Validates a document against a schema on a thread of its own, while the calling thread
/// parses the same bytes again to build its model.
///
/// On a large document the schema check and the model building each cost about as much as
/// the parse itself; done side by side on two cores, the wall-clock time is close to that of
/// the validation alone. The problems come from this parse only: it is exactly the parse that
/// validates a small document on the calling thread, so they are the same in both cases.
///
/// A POSIX thread rather than a Dispatch queue: the caller may itself be a Dispatch worker
/// (parallel validation of many files), and a worker blocked waiting for an item queued behind
/// it must never be possible. Nothing is shared but the immutable bytes and schema; the
/// problems are read only after `join()`.
final class XMLValidationThread {
  private let bytes: UnsafeBufferPointer<UInt8>
  private let schema: CompiledXMLSchema
  private var problems: [XMLProblem] = []
  private var thread: pthread_t?

  /// Starts validating `bytes`, which must stay valid until `join()`; `nil` when no thread
  /// could be started (the caller then validates on its own thread).
  init?(bytes: UnsafeBufferPointer<UInt8>, schema: CompiledXMLSchema) {
    self.bytes = bytes
    self.schema = schema
    let context = Unmanaged.passRetained(self).toOpaque()
    #if canImport(Darwin)
      var thread: pthread_t?
    #else
      var thread = pthread_t()
    #endif
    let started = pthread_create(
      &thread, nil,
      { context in
        guard let context else { return nil }
        let job = Unmanaged<XMLValidationThread>.fromOpaque(context).takeRetainedValue()
        job.run()
        return nil
      }, context)
    guard started == 0 else {
      Unmanaged<XMLValidationThread>.fromOpaque(context).release()
      return nil
    }
    self.thread = thread
  }

  /// Waits for the validation and returns its problems, in the order found.
  func join() -> [XMLProblem] {
    if let thread {
      pthread_join(thread, nil)
      self.thread = nil
    }
    return problems
  }

  private func run() {
    let session = XMLParseSession(bytes: bytes, handler: XMLNullHandler(), validatesOnly: true)
    withExtendedLifetime(session) {
      XMLStreamParser.run(session, schema: schema)
    }
    session.state.pointee.resolveProblemPositions()
    problems = session.state.pointee.problems
  }
}
