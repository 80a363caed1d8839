import ArgumentParser
import Foundation

/// Parses egovarch's command line, in time linear in its length.
///
/// swift-argument-parser takes time quadratic in the number of positional arguments (it removes
/// each parsed one from an array), which made `validate` with 20,000 paths spend seconds before
/// reading a file. For a long `validate` command line the paths are set aside first: the
/// parser sees the options and one path, and the command then gets every path. The options
/// that take a value come from the parser's own description of `validate`, so a value is never
/// mistaken for a path; when anything is unclear (a short option with an attached value), the
/// whole line goes to the parser as it is.
enum CommandLineParser {
  /// The number of arguments from which paths are set aside.
  static let threshold = 200

  /// The command of `arguments` (without the program's name).
  /// - Throws: what `parseAsRoot` throws.
  static func parse(_ arguments: [String]) throws -> any ParsableCommand {
    guard arguments.count > threshold, arguments.first == ValidateCommand.configuration.commandName,
      let options = valueOptions(), let split = split(arguments, valueOptions: options), !split.paths.isEmpty
    else {
      return try EgovarchCommand.parseAsRoot(arguments)
    }
    let command = try EgovarchCommand.parseAsRoot(split.rest + ["--", split.paths[0]])
    guard var validate = command as? ValidateCommand else { return command }
    validate.paths = split.paths
    return validate
  }

  /// `arguments` as the paths and the rest, in order; `nil` when that cannot be told for sure.
  static func split(_ arguments: [String], valueOptions: Set<String>) -> (rest: [String], paths: [String])? {
    var rest: [String] = []
    var paths: [String] = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if index == 1 {
        rest.append(argument)  // the subcommand
      } else if argument == "--" {
        paths += arguments[index...]
        break
      } else if argument.hasPrefix("-") && argument != "-" {
        let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
        if !argument.hasPrefix("--") && argument.count > 2 { return nil }  // -ofile, -abc
        rest.append(argument)
        if valueOptions.contains(name) && !argument.contains("=") {
          guard index < arguments.count else { return nil }
          rest.append(arguments[index])
          index += 1
        }
      } else {
        paths.append(argument)
      }
    }
    return (rest, paths)
  }

  /// The names (`--format`, `-o`) of `validate`'s options that take a value, from the parser's
  /// description of the command; `nil` when it cannot be read.
  static func valueOptions() -> Set<String>? {
    let message: String
    do {
      _ = try EgovarchCommand.parseAsRoot([ValidateCommand.configuration.commandName!, "--experimental-dump-help"])
      return nil
    } catch {
      message = EgovarchCommand.fullMessage(for: error)
    }
    guard let object = try? JSONSerialization.jsonObject(with: Data(message.utf8)) as? [String: Any],
      let command = object["command"] as? [String: Any], let arguments = command["arguments"] as? [[String: Any]]
    else { return nil }
    var names: Set<String> = []
    for argument in arguments where argument["kind"] as? String == "option" {
      for name in argument["names"] as? [[String: Any]] ?? [] {
        guard let kind = name["kind"] as? String, let text = name["name"] as? String else { continue }
        names.insert((kind == "short" ? "-" : "--") + text)
      }
    }
    return names.isEmpty ? nil : names
  }
}
