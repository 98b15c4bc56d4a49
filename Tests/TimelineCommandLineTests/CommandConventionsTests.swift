import ArgumentParser
import Foundation
import Testing
import TimelineCommandCore

@testable import TimelineCommandLine

/// The command-line conventions that need no binary: error lines, escapes, typed options,
/// `--version`, `-q` and the JSON report of `validate`.
@Suite struct CommandConventionsTests {
  @Test func argumentParserErrorsBecomeErrorLines() throws {
    #expect(
      CommandRunner.errorLines("Error: Missing value for '--theme <theme>'") == [
        "error: Missing value for '--theme <theme>'"
      ])
    #expect(CommandRunner.errorLines("error: a.yaml: is a folder") == ["error: a.yaml: is a folder"])
    #expect(CommandRunner.errorLines("") == [])
    #expect(CommandRunner.errorLines("first\n  second\n") == ["error: first", "error: second"])
  }

  @Test func aMissingValueIsAUsageErrorWithErrorLines() throws {
    do {
      _ = try TimelineCommand.parseAsRoot(["render", "x.yaml", "--format"])
      Issue.record("parsed a missing value")
    } catch {
      #expect(TimelineCommand.exitCode(for: error).rawValue == ExitStatus.usage)
      let lines = CommandRunner.errorLines(TimelineCommand.message(for: error))
      #expect(!lines.isEmpty)
      #expect(lines.allSatisfy { $0.hasPrefix("error: ") }, "\(lines)")
    }
  }

  @Test func bareTimelineAsksForHelpInsteadOfRendering() throws {
    var command = try TimelineCommand.parseAsRoot([])
    #expect(command is TimelineCommand)
    do {
      try command.run()
      Issue.record("a bare timeline ran something")
    } catch {
      #expect(TimelineCommand.exitCode(for: error) == .success)
      #expect(TimelineCommand.fullMessage(for: error).contains("demo"))
    }
    #expect(try TimelineCommand.parseAsRoot(["demo"]) is DemoCommand)
  }

  @Test func versionNamesCairoAndPango() throws {
    let lines = TimelineCommand.versionText.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines[0].hasPrefix("timeline "))
    #expect(lines[1].hasPrefix("cairo 1."))
    #expect(lines[2].hasPrefix("pango 1."))
    do {
      _ = try TimelineCommand.parseAsRoot(["--version"])
      Issue.record("--version parsed as a command")
    } catch {
      #expect(TimelineCommand.exitCode(for: error) == .success)
      #expect(TimelineCommand.fullMessage(for: error) == TimelineCommand.versionText)
    }
  }

  @Test(arguments: [
    (true, [:], true), (false, [:], false), (true, ["TERM": "dumb"], false), (true, ["NO_COLOR": "1"], false),
    (true, ["NO_COLOR": ""], true), (true, ["TERM": "xterm-256color"], true),
  ])
  func escapesOnlyOnCapableTerminals(isTerminal: Bool, environment: [String: String], allowed: Bool) {
    #expect(TerminalStyle.allowsEscapes(isTerminal: isTerminal, environment: environment) == allowed)
  }

  @Test func quietParsesOnEveryCommandThatPrintsMoreThanErrors() throws {
    #expect((try TimelineCommand.parseAsRoot(["render", "x.yaml", "-q"]) as? RenderCommand)?.verbosity.quiet == true)
    #expect((try TimelineCommand.parseAsRoot(["batch", "in", "--quiet"]) as? BatchCommand)?.verbosity.quiet == true)
    #expect(
      (try TimelineCommand.parseAsRoot(["validate", "x.yaml", "-q"]) as? ValidateCommand)?.verbosity.quiet == true)
    #expect((try TimelineCommand.parseAsRoot(["demo", "-q"]) as? DemoCommand)?.verbosity.quiet == true)
    #expect((try TimelineCommand.parseAsRoot(["render", "x.yaml"]) as? RenderCommand)?.verbosity.quiet == false)
  }

  @Test func validateFormatIsTypedAndListsItsValues() throws {
    #expect(DiagnosticFormat.allValueStrings == ["text", "json"])
    let help = TimelineCommand.helpMessage(for: ValidateCommand.self)
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(help.contains("(values: text, json; default: text)"), "\(help)")
    #expect(throws: (any Error).self) { try TimelineCommand.parseAsRoot(["validate", "x.yaml", "--format", "xml"]) }
  }

  @Test func validateJSONReportsEveryProblemWithItsPlace() throws {
    let bad = "title: Bad\nevents:\n  - date: 2022-02-30\n    title: No such day\n  - title: No date\n"
    var report = DiagnosticReport()
    for diagnostic in ValidateCommand.diagnostics(Data(bad.utf8), name: "bad.yaml") {
      report.append(DiagnosticRecord(diagnostic))
    }
    report.append(DiagnosticRecord(file: "gone.yaml", line: "error: gone.yaml: cannot read the file (no such file)"))
    let decoded = try JSONDecoder().decode(DiagnosticReport.self, from: report.encoded())
    #expect(decoded == report)
    #expect(decoded.errors == 3)
    let first = try #require(decoded.diagnostics.first)
    #expect(first.file == "bad.yaml")
    #expect(first.line == 3)
    #expect(first.path == "events[0].date")
    #expect(first.message.contains("2022-02-30"))
    let missing = try #require(decoded.diagnostics.last)
    #expect(missing.message == "cannot read the file (no such file)")
    #expect(missing.line == nil)
    let json = try #require(try JSONSerialization.jsonObject(with: report.encoded()) as? [String: Any])
    #expect(Set(json.keys) == ["diagnostics", "errors", "warnings"])
  }
}

extension CommandConventionsTests {
  @Test func choiceOptionsAreTypedCaseInsensitiveAndListed() throws {
    let group = try RenderOptionGroup.parse(["--theme", "Dark", "--orientation", "vertical", "--page", "A4"])
    #expect(group.theme == .dark)
    #expect(group.orientation == .vertical)
    #expect(group.page == .a4)
    #expect(group.canonicalDescription == "page=a4;orientation=vertical;theme=dark")
    #expect(throws: (any Error).self) { try RenderOptionGroup.parse(["--theme", "neon"]) }
    let help = TimelineCommand.helpMessage(for: RenderCommand.self)
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    for values in [
      "light, dark, print", "horizontal, vertical", "none, auto", "theme, transparent", "a3, a4, a5, letter, legal",
    ] {
      #expect(help.contains("values: \(values)"), "\(values)")
    }
  }

  @Test func aManifestValueIsCheckedAgainstTheOptionsValues() throws {
    #expect(RenderOptionGroup.problem(key: "theme", value: "print") == nil)
    #expect(RenderOptionGroup.problem(key: "theme", value: "neon") == "'neon' is none of light, dark or print")
    #expect(RenderOptionGroup.problem(key: "dpi", value: "many") == "'many' is not a number")
    #expect(RenderOptionGroup.problem(key: "colour", value: "red") == "unknown option 'colour'")
    let filled = try RenderOptionGroup.parse([]).filling("group-by", with: "Category")
    #expect(filled?.groupBy == .category)
    #expect(try RenderOptionGroup.parse([]).filling("group-by", with: "tags") == nil)
  }
}

extension CommandConventionsTests {
  @Test func completionScriptsListTheValuesOfChoiceOptions() {
    let bash = TimelineCommand.completionScript(for: .bash)
    #expect(bash.contains("'light'$'\\n''dark'$'\\n''print'"))
    #expect(bash.contains("'horizontal'$'\\n''vertical'"))
    let zsh = TimelineCommand.completionScript(for: .zsh)
    #expect(zsh.contains("('light' 'dark' 'print')"))
  }

  @Test func negativeNumbersAreValuesRefusedWithTheirRange() throws {
    let batch = try #require(try TimelineCommand.parseAsRoot(["batch", "in", "--jobs", "-3"]) as? BatchCommand)
    #expect(batch.jobs == -3)
    let render = try #require(try TimelineCommand.parseAsRoot(["render", "x.yaml", "--width", "-5"]) as? RenderCommand)
    #expect(throws: CommandFailure.self) { try render.options.settings() }
  }
}
