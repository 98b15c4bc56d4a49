import Foundation
import Testing
import TimelineTestSupport

@testable import TimelineModel

/// The published JSON Schema describes exactly the fields the loader knows.
@Suite struct SchemaTests {
  func schema() throws -> [String: Any] {
    let data = try RepositoryFiles.data("Sources/TimelineModel/Resources/timeline.schema.json")
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  func properties(_ object: [String: Any]?) -> Set<String> {
    Set((object?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
  }

  func items(_ schema: [String: Any], _ name: String) -> [String: Any]? {
    ((schema["properties"] as? [String: Any])?[name] as? [String: Any])?["items"] as? [String: Any]
  }

  @Test func schemaFieldsMatchTheLoader() throws {
    let schema = try schema()
    #expect(properties(schema) == Set(TimelineValidator.topLevelFields))
    #expect(properties(items(schema, "events")) == Set(TimelineValidator.eventFields))
    #expect(properties(items(schema, "categories")) == Set(TimelineValidator.categoryFields))
    #expect(properties(items(schema, "periods")) == Set(TimelineValidator.periodFields))
    #expect(properties(items(schema, "context")) == Set(TimelineValidator.contextFields))
    let limit = (schema["properties"] as? [String: Any])?["events"] as? [String: Any]
    #expect(limit?["maxItems"] as? Int == TimelineValidator.maximumEvents)
  }
}
