import Testing

/// Every suite that runs load against an in-process server lives under this one, serialized, so
/// the timing assertions of one are not disturbed by the load of another on a 2-core machine.
@Suite("runs against a live in-process server", .serialized)
enum LiveServerSuites {}
