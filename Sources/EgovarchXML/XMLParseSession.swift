/// One parse, reached from libxml2's callbacks through the context's `_private`: the handler
/// and, behind a pointer, the mutable `XMLParseState`.
///
/// It lives only for the duration of one synchronous `XMLStreamParser.parse` call.
final class XMLParseSession {
  let handler: any XMLElementHandler
  let state: UnsafeMutablePointer<XMLParseState>

  /// Creates the session of a parse of `bytes` for `handler`; when `validatesOnly`, the handler
  /// is never called and only the problems matter.
  init(bytes: UnsafeBufferPointer<UInt8>, handler: any XMLElementHandler, validatesOnly: Bool = false) {
    self.handler = handler
    state = UnsafeMutablePointer.allocate(capacity: 1)
    state.initialize(
      to: XMLParseState(bytes: bytes, vocabulary: handler.vocabulary, validatesOnly: validatesOnly))
  }

  deinit {
    state.deinitialize(count: 1)
    state.deallocate()
  }

  func record(_ problem: XMLProblem) {
    state.pointee.problems.append(problem)
  }
}
