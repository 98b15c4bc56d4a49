import Foundation

/// The JSON Schema (draft 2020-12) of the event file format, as `timeline schema` prints it:
/// for editors that validate and complete event files, or a service that checks uploads
/// before loading them.
///
/// ```swift
/// try TimelineSchema.data.write(to: URL(fileURLWithPath: "timeline.schema.json"))
/// ```
public enum TimelineSchema {
  /// The schema's bytes (UTF-8 JSON).
  public static var data: Data { Data(PackageResources.timeline_schema_json) }

  /// The schema as text.
  public static var text: String { String(decoding: data, as: UTF8.self) }
}
