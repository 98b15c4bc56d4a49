import Foundation
import Testing
import TimelineCommandCore

@testable import TimelineBatch

/// `timeline batch`'s default worker count follows the CPUs the process may use.
@Suite struct AvailableCoresTests {
  @Test func cpuMaxQuotasRoundUpToWholeCores() {
    #expect(AvailableCores.cores(cpuMax: "200000 100000\n") == 2)
    #expect(AvailableCores.cores(cpuMax: "150000 100000") == 2)
    #expect(AvailableCores.cores(cpuMax: "50000 100000") == 1)
    #expect(AvailableCores.cores(cpuMax: "max 100000\n") == nil)
    #expect(AvailableCores.cores(cpuMax: "-1 100000") == nil)
    #expect(AvailableCores.cores(cpuMax: "") == nil)
  }

  @Test func theCgroupV2PathIsTheZeroLine() {
    #expect(AvailableCores.cgroupPath("1:cpu:/\n0::/user.slice/session-1.scope\n") == "/user.slice/session-1.scope")
    #expect(AvailableCores.cgroupPath("0::/\n") == "/")
    #expect(AvailableCores.cgroupPath("4:memory:/x\n1:cpu:/\n") == nil)
  }

  @Test func countIsAtLeastOneAndAtMostTheOnlineCPUs() {
    #expect(AvailableCores.count >= 1)
    #expect(AvailableCores.count <= ProcessInfo.processInfo.activeProcessorCount)
  }

  @Test func theAffinityMaskIsCountedFromStatus() {
    #expect(AvailableCores.cpuCount(status: "Name:\tx\nCpus_allowed:\t3\nCpus_allowed_list:\t0-1\n") == 2)
    #expect(AvailableCores.cpuCount(status: "Cpus_allowed:\tffffffff,00000001\n") == 33)
    #expect(AvailableCores.cpuCount(status: "Name:\tx\n") == nil)
  }

  /// A process pinned to one CPU (`taskset -c 0`, as a container cpuset would) has a mask of one.
  @Test func aProcessPinnedToOneCPUCountsOne() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/taskset")
    process.arguments = ["-c", "0", "cat", "/proc/self/status"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0)
    #expect(AvailableCores.cpuCount(status: String(decoding: output, as: UTF8.self)) == 1)
  }
}
