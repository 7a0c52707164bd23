#include "NameComboBox.h"

#include <QComboBox>

namespace NameComboBox {

void keepNarrow(QComboBox *combo, int characters) {
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(characters);
}

} // namespace NameComboBox
