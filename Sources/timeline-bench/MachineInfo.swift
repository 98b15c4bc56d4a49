import Cairo
import Foundation
import PangoText

/// The environment a benchmark ran in, so numbers can be compared honestly.
enum MachineInfo {
  static var json: String {
    let cpu =
      (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
      .split(separator: "\n").first { $0.hasPrefix("model name") }?
      .split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let memory = ProcessInfo.processInfo.physicalMemory / (1024 * 1024 * 1024)
    return "{\"cpu\": \"\(cpu)\", \"cores\": \(cores), \"memory_gib\": \(memory), "
      + "\"os\": \"\(ProcessInfo.processInfo.operatingSystemVersionString)\", "
      + "\"cairo\": \"\(CairoLibrary.version)\", \"pango\": \"\(PangoLibrary.version)\"}"
  }
}
