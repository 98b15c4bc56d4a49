import ArgumentParser
import Foundation
import TimelineCommandCore
import TimelineLayout
import TimelineRendering

/// `timeline demo`: renders the embedded seed into `output/`.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Render the bundled seed timeline (Kazakhstan, January 2022) into output/.")

  @Option(help: "The folder to write kazakhstan-2022.{png,svg,pdf} into; created if missing.")
  var outputDirectory: String = "output"

  @OptionGroup var verbosity: QuietOption

  func run() throws {
    verbosity.apply()
    do {
      try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
    } catch {
      throw CommandFailure(ExitStatus.cannotCreate, "error: \(outputDirectory): cannot create the folder").exit()
    }
    let outputs = OutputFormat.allCases.map { format in
      ("\(outputDirectory)/\(SeedTimeline.baseName).\(format.rawValue)", RenderTarget.image(format))
    }
    let settings = RenderSettings(inputFormat: .yaml, layout: LayoutOptions(), render: RenderOptions())
    let job = RenderJob(inputName: SeedTimeline.fileName, data: SeedTimeline.data, settings: settings)
    do {
      try job.run(outputs: outputs)
    } catch {
      throw error.exit()
    }
    if !Verbosity.quiet {
      for output in outputs { print("wrote \(output.0)") }
    }
  }
}
