import Foundation

/// Times a closure several times and keeps the median and the spread, in milliseconds.
struct Measurement {
  var name: String
  var samples: [Double]
  /// What a sample counts: milliseconds unless said otherwise.
  var unit = "ms"

  var median: Double {
    let sorted = samples.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted.count % 2 == 1
      ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
  }

  var json: String {
    let minimum = samples.min() ?? 0
    let maximum = samples.max() ?? 0
    return
      "{\"name\": \"\(name)\", \"median_\(unit)\": \(Self.format(median)), \"min_\(unit)\": \(Self.format(minimum)), "
      + "\"max_\(unit)\": \(Self.format(maximum)), \"runs\": \(samples.count)}"
  }

  static func format(_ value: Double) -> String { String(format: "%.3f", value) }

  /// Runs `body` once to warm up, then `runs` times measured.
  static func time(_ name: String, runs: Int, _ body: () throws -> Void) rethrows -> Measurement {
    try body()
    var samples: [Double] = []
    for _ in 0..<runs {
      let start = DispatchTime.now().uptimeNanoseconds
      try body()
      samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    return Measurement(name: name, samples: samples)
  }
}
