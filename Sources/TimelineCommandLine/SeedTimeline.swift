import Foundation

/// The seed timeline (January 2022 protests in Kazakhstan), embedded in the program so that
/// the demo works from any folder. The same file is `seeds/kazakhstan-2022.yaml`.
enum SeedTimeline {
  static let fileName = "kazakhstan-2022.yaml"
  static let baseName = "kazakhstan-2022"
  static var data: Data { Data(PackageResources.kazakhstan_2022_yaml) }
}
