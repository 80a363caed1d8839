import ArgumentParser
import EgovarchKit

/// `--as-of`, shared by the commands that judge statuses (`validate`, `gaps`, `roadmap`,
/// `report`; `graph` draws no status judged at a date).
struct AsOfOption: ParsableArguments {
  @Option(name: .customLong("as-of"), help: "Judge statuses at this date (YYYY-MM-DD) instead of the model's asOf.")
  var asOf: CalendarDate?
}
