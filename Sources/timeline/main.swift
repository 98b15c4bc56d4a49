import TimelineCommandLine

TimelineCommand.runFromProcess()
