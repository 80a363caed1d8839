/// The timeline's sizes (in pixels of the box), fonts and colours.
enum TimelineStyle {
  /// The fonts asked for, in order: Debian's DejaVu Sans (which has every Vietnamese letter)
  /// first, then fonts no wider than it.
  static let fontFamily = "'DejaVu Sans', 'Noto Sans', Arial, Helvetica, sans-serif"

  /// The space around the drawing.
  static let margin = 28.0
  /// The title's font size.
  static let titleSize = 30.0
  /// The height of the title's row.
  static let titleRow = 44.0
  /// The font size of the legend, the phases' headers and the as-of label.
  static let labelSize = 16.0
  /// The font size of the legend.
  static let legendSize = 15.0
  /// The space after an entry of the legend.
  static let legendSpacing = 20.0
  /// The height of a row of the legend.
  static let legendRow = 30.0
  /// The font size of the years on the axis.
  static let yearSize = 16.0
  /// The height of the row of years.
  static let yearRow = 26.0
  /// The font size of the months on the axis (when the span is short).
  static let monthSize = 14.0
  /// The height of the row of months.
  static let monthRow = 22.0
  /// The height of the strip of indicator deadlines under the axis.
  static let indicatorStrip = 26.0
  /// The height of a phase's header.
  static let phaseHeader = 26.0
  /// The space between two phases.
  static let phaseGap = 6.0
  /// The tallest row of a task: rows take the height the box leaves them, up to this.
  static let tallestRow = 56.0
  /// The lowest row of a task: with more tasks than fit at this height, the drawing grows.
  static let lowestRow = 24.0

  /// The fonts of a task's row of `height`: the name's size, the details' size, and whether
  /// the details go on a second line (else after the name).
  static func rowText(height: Double) -> (name: Double, detail: Double, twoLines: Bool) {
    switch height {
    case 54...: return (18, 16, true)
    case 46..<54: return (17, 15, true)
    case 38..<46: return (15, 14, true)
    case 28..<38: return (15, 15, false)
    default: return (14, 14, false)
    }
  }

  /// The font size of a task's name.
  static let nameSize = 15.0
  /// The font size of a task's second line and of the smallest rows.
  static let detailSize = 14.0
  /// The height of the strip of the as-of label under the rows.
  static let asOfStrip = 26.0
  /// The font size of the footnote.
  static let footnoteSize = 14.0
  /// The height of a line of the footnote.
  static let footnoteLine = 17.0
  /// The space between two entries of the footnote.
  static let footnoteGap = 2.0
  /// The font size of the numbers in markers.
  static let markerSize = 14.0
  /// The height of a marker.
  static let markerHeight = 20.0

  /// The background.
  static let background = "#ffffff"
  /// Text.
  static let ink = "#1a1a1a"
  /// Secondary text (a task's owner and budget, the months).
  static let secondaryInk = "#404040"
  /// Text of a cancelled task and of "(no tasks)".
  static let mutedInk = "#595959"
  /// The phases' bands, alternately.
  static let bandFills = ["#eaf0f7", "#f3f3f3"]
  /// The outline of a band.
  static let bandStroke = "#b8c4d2"
  /// The lines of the years.
  static let yearLine = "#c4c4c4"
  /// The lines of the months.
  static let monthLine = "#e4e4e4"
  /// The outline of a bar.
  static let barStroke = "#6f6f6f"
  /// Findings: a bar's outline, the markers.
  static let finding = "#c00000"
  /// The as-of line and its label.
  static let asOf = "#1f4e79"
}
