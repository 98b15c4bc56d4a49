/// A drawing backend: the five operations every output format implements.
///
/// Shapes are paths (see ``Path`` helpers); text arrives as single, already wrapped lines.
/// Implementations must accept any finite coordinates; layout guarantees finiteness.
public protocol SceneRenderer {
  /// What the backend throws (`Never` for one that cannot fail).
  associatedtype Failure: Error
  /// Starts a page of `width` × `height` layout units, painted `background` (or left clear).
  func beginPage(width: Double, height: Double, background: Color?) throws(Failure)
  /// Fills the inside of `path` with `paint`.
  func fill(_ path: Path, paint: Paint) throws(Failure)
  /// Draws the outline of `path` with `style`.
  func stroke(_ path: Path, style: StrokeStyle) throws(Failure)
  /// Draws one line of text.
  func draw(_ run: TextRun) throws(Failure)
  /// Finishes the page.
  func endPage() throws(Failure)
}

/// A ``SceneRenderer`` that keeps every call, for tests that check drawing without pixels.
public final class RecordingRenderer: SceneRenderer {
  /// One recorded call.
  public enum Call: Equatable {
    /// ``SceneRenderer/beginPage(width:height:background:)``.
    case beginPage(width: Double, height: Double, background: Color?)
    /// A fill, a stroke or a text run, as the scene item it draws.
    case item(SceneItem)
    /// ``SceneRenderer/endPage()``.
    case endPage
  }

  /// Every call so far, in order.
  public private(set) var calls: [Call] = []

  /// A renderer with no calls yet.
  public init() {}

  /// Records the page's start.
  public func beginPage(width: Double, height: Double, background: Color?) {
    calls.append(.beginPage(width: width, height: height, background: background))
  }
  /// Records a fill.
  public func fill(_ path: Path, paint: Paint) { calls.append(.item(.fill(path, paint))) }
  /// Records a stroke.
  public func stroke(_ path: Path, style: StrokeStyle) { calls.append(.item(.stroke(path, style))) }
  /// Records a text run.
  public func draw(_ run: TextRun) { calls.append(.item(.text(run))) }
  /// Records the page's end.
  public func endPage() { calls.append(.endPage) }
}
