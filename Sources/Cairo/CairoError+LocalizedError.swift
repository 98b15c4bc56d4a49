import Foundation

extension CairoError: LocalizedError {
  /// The cairo status, as `description` says it.
  public var errorDescription: String? { description }
}
