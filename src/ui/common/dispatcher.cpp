#include "ui/common/dispatcher.hpp"

#include "ui/awards/dialogs.hpp"
#include "ui/indices/dialog.hpp"
#include "ui/plan/appendix_dialog.hpp"
#include "ui/plan/dialog.hpp"
#include "ui/vntext/dialog.hpp"

#include <com/sun/star/frame/DispatchDescriptor.hpp>

namespace vnplan::ui {

using css::uno::Reference;
using css::uno::Sequence;

namespace {
constexpr const char* protocol = "vnd.vnplan:";
}

void Dispatcher::initialize(const Sequence<css::uno::Any>& arguments) {
    if (arguments.getLength() > 0) arguments[0] >>= frame_;
}

Reference<css::frame::XDispatch> Dispatcher::queryDispatch(const css::util::URL& url,
                                                           const rtl::OUString&, sal_Int32) {
    if (url.Protocol.equalsAscii(protocol)) return this;
    return nullptr;
}

Sequence<Reference<css::frame::XDispatch>>
Dispatcher::queryDispatches(const Sequence<css::frame::DispatchDescriptor>& requests) {
    Sequence<Reference<css::frame::XDispatch>> out(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        out[i] =
            queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return out;
}

void Dispatcher::dispatch(const css::util::URL& url, const Sequence<css::beans::PropertyValue>&) {
    // Each command catches and shows its own errors; this is the last line of defence.
    try {
        if (!frame_.is()) return;
        if (url.Path == "AwardCheck")
            run_award_check(context_, frame_);
        else if (url.Path == "Allocate")
            run_allocate(context_, frame_);
        else if (url.Path == "IndexRanking")
            run_index_ranking(context_, frame_);
        else if (url.Path == "PlanGenerate")
            run_plan_generate(context_, frame_);
        else if (url.Path == "ConvertUnicode")
            run_convert_unicode(context_, frame_);
        else if (url.Path == "AppendixExport")
            run_appendix_export(context_, frame_);
    } catch (...) {
    }
}

rtl::OUString Dispatcher::getImplementationName() {
    return rtl::OUString::createFromAscii(dispatcher_implementation);
}

sal_Bool Dispatcher::supportsService(const rtl::OUString& name) {
    return name == "com.sun.star.frame.ProtocolHandler";
}

Sequence<rtl::OUString> Dispatcher::getSupportedServiceNames() {
    return service_names();
}

Sequence<rtl::OUString> Dispatcher::service_names() {
    Sequence<rtl::OUString> names(1);
    names[0] = "com.sun.star.frame.ProtocolHandler";
    return names;
}

} // namespace vnplan::ui
