/// A drawing backend: the five operations every output format implements.
///
/// Shapes are paths (see ``Path`` helpers); text arrives as single, already wrapped lines.
/// Implementations must accept any finite coordinates; layout guarantees finiteness.
public protocol SceneRenderer {
  associatedtype Failure: Error
  func beginPage(width: Double, height: Double, background: Color?) throws(Failure)
  func fill(_ path: Path, paint: Paint) throws(Failure)
  func stroke(_ path: Path, style: StrokeStyle) throws(Failure)
  func draw(_ run: TextRun) throws(Failure)
  func endPage() throws(Failure)
}

/// A ``SceneRenderer`` that keeps every call, for tests that check drawing without pixels.
public final class RecordingRenderer: SceneRenderer {
  /// One recorded call.
  public enum Call: Equatable {
    case beginPage(width: Double, height: Double, background: Color?)
    case item(SceneItem)
    case endPage
  }

  public private(set) var calls: [Call] = []

  public init() {}

  public func beginPage(width: Double, height: Double, background: Color?) {
    calls.append(.beginPage(width: width, height: height, background: background))
  }
  public func fill(_ path: Path, paint: Paint) { calls.append(.item(.fill(path, paint))) }
  public func stroke(_ path: Path, style: StrokeStyle) { calls.append(.item(.stroke(path, style))) }
  public func draw(_ run: TextRun) { calls.append(.item(.text(run))) }
  public func endPage() { calls.append(.endPage) }
}
