import ArgumentParser
import EgovarchKit

extension OutputFormat: ExpressibleByArgument {}
extension FailureThreshold: ExpressibleByArgument {}
extension BaselineMode: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension GapReportFormat: ExpressibleByArgument {}
extension FrameworkCatalogFormat: ExpressibleByArgument {}
extension Layer: ExpressibleByArgument {}

extension CalendarDate: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(parsing: argument)
  }
}
