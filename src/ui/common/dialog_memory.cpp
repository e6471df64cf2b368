#include "ui/common/dialog_memory.hpp"

#include "office/common/ustring.hpp"
#include "ui/common/support.hpp"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>

#include <charconv>

namespace vnplan::ui {

namespace {

Reference<css::beans::XPropertyContainer>
user_properties(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY_THROW);
    return supplier->getDocumentProperties()->getUserDefinedProperties();
}

rtl::OUString property_name(const std::string& dialog, const std::string& field) {
    return to_ou("vnplan." + dialog + "." + field);
}

} // namespace

std::optional<std::string> recall(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                  const std::string& dialog, const std::string& field) {
    try {
        Reference<css::beans::XPropertySet> set(user_properties(document), UNO_QUERY_THROW);
        const rtl::OUString name = property_name(dialog, field);
        if (!set->getPropertySetInfo()->hasPropertyByName(name)) return std::nullopt;
        rtl::OUString value;
        if (!(set->getPropertyValue(name) >>= value)) return std::nullopt;
        return to_utf8(value);
    } catch (...) {
        return std::nullopt;
    }
}

void remember(const Reference<css::sheet::XSpreadsheetDocument>& document,
              const std::string& dialog, const std::string& field,
              const std::string& value) noexcept {
    try {
        if (recall(document, dialog, field) == value) return;
        const auto container = user_properties(document);
        Reference<css::beans::XPropertySet> set(container, UNO_QUERY_THROW);
        const rtl::OUString name = property_name(dialog, field);
        if (set->getPropertySetInfo()->hasPropertyByName(name))
            set->setPropertyValue(name, Any(to_ou(value)));
        else
            container->addProperty(name, css::beans::PropertyAttribute::REMOVABLE,
                                   Any(to_ou(value)));
    } catch (...) {
        // A document that cannot keep the value only forgets it.
    }
}

void DialogMemory::restore(const Reference<css::awt::XDialog>& dialog) const noexcept {
    for (const auto& field : fields_) {
        try {
            const auto value = recall(document_, dialog_, field.control);
            if (!value) continue;
            if (field.kind == Kind::text) {
                set_property(dialog, field.control, "Text", Any(to_ou(*value)));
            } else if (field.kind == Kind::check) {
                set_property(dialog, field.control, "State",
                             Any(static_cast<sal_Int16>(*value == "1" ? 1 : 0)));
            } else if (field.kind == Kind::number) {
                double number = 0;
                const auto parsed =
                    std::from_chars(value->data(), value->data() + value->size(), number);
                if (parsed.ec == std::errc())
                    set_property(dialog, field.control, "Value", Any(number));
            } else {
                int index = -1;
                std::from_chars(value->data(), value->data() + value->size(), index);
                Sequence<rtl::OUString> items;
                get_property(dialog, field.control, "StringItemList") >>= items;
                if (index < 0 || index >= items.getLength()) continue;
                Sequence<sal_Int16> selected(1);
                selected[0] = static_cast<sal_Int16>(index);
                set_property(dialog, field.control, "SelectedItems", Any(selected));
            }
        } catch (...) {
        }
    }
}

void DialogMemory::store(const Reference<css::awt::XDialog>& dialog) const noexcept {
    for (const auto& field : fields_) {
        try {
            std::string value;
            if (field.kind == Kind::text) {
                rtl::OUString text;
                get_property(dialog, field.control, "Text") >>= text;
                value = to_utf8(text);
            } else if (field.kind == Kind::check) {
                value = is_checked(dialog, field.control) ? "1" : "0";
            } else if (field.kind == Kind::number) {
                double number = 0;
                if (!(get_property(dialog, field.control, "Value") >>= number)) continue;
                char buffer[32];
                const auto written = std::to_chars(buffer, buffer + sizeof buffer, number);
                value.assign(buffer, written.ptr);
            } else {
                Sequence<sal_Int16> selected;
                get_property(dialog, field.control, "SelectedItems") >>= selected;
                if (selected.getLength() == 0) continue;
                value = std::to_string(selected[0]);
            }
            remember(document_, dialog_, field.control, value);
        } catch (...) {
        }
    }
}

} // namespace vnplan::ui
