// What the vnplan commands share: exit codes, the user's language, the office session.
#pragma once

#include "core/common/message.hpp"
#include "office/common/office_process.hpp"

#include <boost/program_options.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace vnplan::office {
struct GenerateOptions;
struct GenerateResult;
} // namespace vnplan::office

namespace vnplan::cli {

// Exit codes, part of the interface (see README).
enum Exit : int {
    ok = 0,           // done, nothing wrong
    found_errors = 1, // the input was read and has errors
    unreadable = 2,   // missing file, not a spreadsheet, no table found, bad usage
};

struct Context {
    Lang lang = Lang::vi;
    std::filesystem::path soffice; // empty: the office found at build time
};

// Prints a message in the user's language to stderr.
void complain(const Context& context, const Message& message);

// A headless office for this command: the warm one when `vnplan office start` left one that
// answers, else one started on first use and stopped at the end. Every command of one run
// (several workbooks included) uses the same.
office::OfficeProcess& office(const Context& context);
void stop_office() noexcept;

// What to tell the user about a failed UNO call: that the office died (killed or crashed)
// when it did, otherwise LibreOffice's own message.
Message office_failure(const std::string& what);
// True when this command's office was started and no longer answers.
bool office_lost() noexcept;
// A workbook opened hidden in the command's office, closed when this goes out of scope.
// InputError when the file is missing, cannot be opened or is not a spreadsheet.
struct Workbook {
    Workbook(const Context& context, const std::filesystem::path& file, bool read_only = true);
    // The same in `office` (a worker of a shared batch, cli/generate_pool).
    Workbook(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& office,
             const std::filesystem::path& file, bool read_only = true);
    ~Workbook();
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;
    com::sun::star::uno::Reference<com::sun::star::lang::XComponent> document;
    com::sun::star::uno::Reference<com::sun::star::sheet::XSpreadsheetDocument> spreadsheet;
};

// The export filter that writes a workbook in the format of `file`'s extension (.ods, .xlsx,
// .xls, any case); "" for any other extension.
std::string spreadsheet_filter(const std::filesystem::path& file);

// Parses a command's arguments into the variables `options` names; InputError for bad ones.
void parse_arguments(const std::vector<std::string>& args,
                     const boost::program_options::options_description& options,
                     const boost::program_options::positional_options_description& positional);

int verify_command(const Context& context, const std::vector<std::string>& args);
int generate_command(const Context& context, const std::vector<std::string>& args);
// Appendices from any table (vnplan appendix): exit codes as generate's.
int appendix_command(const Context& context, const std::vector<std::string>& args);
// The template vnplan generate and vnplan appendix use without --template.
std::filesystem::path default_template();
// The options generate and appendix share; InputError for a missing workbook or template.
office::GenerateOptions document_options(const Context& context, const std::string& workbook,
                                         const std::string& template_file,
                                         const std::string& out_dir, const std::string& formats,
                                         bool force, bool override_totals);
// Prints why generate/appendix stopped (totals that disagree); returns found_errors.
int report_totals_problems(const Context& context, const office::GenerateResult& result);
// The same written to `out`; returns the advice report_totals_problems gives on stderr.
Message describe_totals_problems(const Context& context, const office::GenerateResult& result,
                                 std::ostream& out);
// Exit codes: ok = every copy written, found_errors = a workbook had nothing to convert (no
// copy written), unreadable = a workbook could not be read or its copy exists (no --force).
int convert_command(const Context& context, const std::vector<std::string>& args);
int rank_command(const Context& context, const std::vector<std::string>& args);
int allocate_command(const Context& context, const std::vector<std::string>& args);
// vnplan office start|stop|status (and the hidden serve-idle, the warm office's watcher).
int office_command(const Context& context, const std::vector<std::string>& args);

} // namespace vnplan::cli
