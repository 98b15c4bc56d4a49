import Testing
import TimelineCommandCore

@testable import TimelineBatch

/// `--shard auto` reads the job-array engines' variables.
@Suite struct ShardAutoTests {
  private func shard(_ text: String, _ environment: [String: String]) throws -> Shard {
    try Shard(argument: text, environment: environment)
  }

  @Test func explicitPartsAreReadAsBefore() throws {
    #expect(try shard("2/8", ["SLURM_ARRAY_TASK_ID": "5"]) == Shard(index: 2, count: 8))
  }

  @Test func slurmGivesIndexAndCount() throws {
    let oneBased = ["SLURM_ARRAY_TASK_ID": "3", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_COUNT": "8"]
    #expect(try shard("auto", oneBased) == Shard(index: 3, count: 8))
    let zeroBased = ["SLURM_ARRAY_TASK_ID": "0", "SLURM_ARRAY_TASK_MIN": "0", "SLURM_ARRAY_TASK_COUNT": "4"]
    #expect(try shard("auto", zeroBased) == Shard(index: 1, count: 4))
  }

  @Test func kubernetesAndAWSBatchCountFromZeroAndNeedTheCount() throws {
    #expect(try shard("auto/8", ["JOB_COMPLETION_INDEX": "7"]) == Shard(index: 8, count: 8))
    #expect(try shard("auto/3", ["AWS_BATCH_JOB_ARRAY_INDEX": "0"]) == Shard(index: 1, count: 3))
    #expect(throws: CommandFailure.self) { try shard("auto", ["JOB_COMPLETION_INDEX": "1"]) }
  }

  @Test func mistakesAreUsageErrorsThatSayWhy() {
    func lines(_ text: String, _ environment: [String: String]) -> [String] {
      do {
        _ = try Shard(argument: text, environment: environment)
        return []
      } catch {
        #expect(error.status == ExitStatus.usage)
        return error.lines
      }
    }
    #expect(lines("auto", [:]).first?.contains("no job-array index in the environment") == true)
    #expect(
      lines("auto", ["JOB_COMPLETION_INDEX": "1"])
        == [
          "error: --shard auto: JOB_COMPLETION_INDEX gives this part's index but not the number of parts; use --shard auto/N"
        ])
    #expect(
      lines("auto/4", ["JOB_COMPLETION_INDEX": "4"])
        == ["error: --shard auto/4: JOB_COMPLETION_INDEX makes this part 5 of 4, outside 1…4"])
    #expect(lines("auto/x", ["JOB_COMPLETION_INDEX": "1"]).first?.contains("use auto, or auto/N") == true)
    #expect(lines("auto/2", ["AWS_BATCH_JOB_ARRAY_INDEX": "one"]).first?.contains("is not a whole number") == true)
  }
}
