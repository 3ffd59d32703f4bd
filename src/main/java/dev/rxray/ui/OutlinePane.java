package dev.rxray.ui;

import dev.rxray.outline.OutlineItem;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.Span;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The items of the file as a tree. Clicking an item selects its span in the editor; moving the caret selects the
 * innermost item around it, without echoing that back to the editor.
 */
final class OutlinePane implements SidePanel {
    private final TreeView<OutlineItem> tree = new TreeView<>();
    private final Label empty = new Label("No items");
    private final StackPane view = new StackPane(tree, empty);
    private boolean followingCaret;

    OutlinePane(Consumer<Span> onChosen) {
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.getStyleClass().add("rx-outline");
        empty.getStyleClass().add("rx-placeholder");
        empty.setMouseTransparent(true);
        tree.setCellFactory(view -> new OutlineCell());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!followingCaret && item != null && item.getValue() != null) {
                onChosen.accept(item.getValue().span());
            }
        });
    }

    @Override
    public String title() {
        return "Outline";
    }

    @Override
    public Node view() {
        return view;
    }

    TreeView<OutlineItem> tree() {
        return tree;
    }

    @Override
    public void show(PipelineResult result) {
        if (sameShape(result.outline(), tree.getRoot().getChildren())) {
            refresh(result.outline(), tree.getRoot().getChildren());
            return;
        }
        TreeItem<OutlineItem> root = new TreeItem<>();
        result.outline().forEach(item -> root.getChildren().add(node(item)));
        empty.setVisible(result.outline().isEmpty());
        followingCaret = true;
        try {
            tree.setRoot(root);
        } finally {
            followingCaret = false;
        }
    }

    @Override
    public void caretMoved(int offset) {
        Optional<TreeItem<OutlineItem>> enclosing = innermost(tree.getRoot(), offset);
        followingCaret = true;
        try {
            if (enclosing.isPresent()) {
                TreeItem<OutlineItem> item = enclosing.get();
                if (tree.getSelectionModel().getSelectedItem() == item) {
                    return;
                }
                for (TreeItem<OutlineItem> up = item.getParent(); up != null; up = up.getParent()) {
                    up.setExpanded(true);
                }
                tree.getSelectionModel().select(item);
                int row = tree.getRow(item);
                if (row >= 0) {
                    tree.scrollTo(Math.max(0, row - 3));
                }
            } else {
                tree.getSelectionModel().clearSelection();
            }
        } finally {
            followingCaret = false;
        }
    }

    private static Optional<TreeItem<OutlineItem>> innermost(TreeItem<OutlineItem> parent, int offset) {
        for (TreeItem<OutlineItem> child : parent.getChildren()) {
            Span span = child.getValue().span();
            if (offset >= span.startOffset() && offset <= span.endOffset()) {
                return innermost(child, offset).or(() -> Optional.of(child));
            }
        }
        return Optional.empty();
    }

    private static TreeItem<OutlineItem> node(OutlineItem item) {
        TreeItem<OutlineItem> node = new TreeItem<>(item);
        node.setExpanded(true);
        item.children().forEach(child -> node.getChildren().add(node(child)));
        return node;
    }

    /** Same kinds and names in the same places: then only the spans changed, and expansion state is kept. */
    private static boolean sameShape(List<OutlineItem> items, List<TreeItem<OutlineItem>> nodes) {
        if (items.size() != nodes.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            OutlineItem a = items.get(i);
            OutlineItem b = nodes.get(i).getValue();
            if (!a.kind().equals(b.kind()) || !a.name().equals(b.name()) || !a.generics().equals(b.generics())
                    || !sameShape(a.children(), nodes.get(i).getChildren())) {
                return false;
            }
        }
        return true;
    }

    private void refresh(List<OutlineItem> items, List<TreeItem<OutlineItem>> nodes) {
        for (int i = 0; i < items.size(); i++) {
            nodes.get(i).setValue(items.get(i));
            refresh(items.get(i).children(), nodes.get(i).getChildren());
        }
    }

    private static final class OutlineCell extends TreeCell<OutlineItem> {
        private final Label kind = new Label();
        private final Label name = new Label();
        private final HBox box = new HBox(6, kind, name);

        OutlineCell() {
            kind.getStyleClass().add("rx-outline-kind");
            name.getStyleClass().add("rx-outline-name");
        }

        @Override
        protected void updateItem(OutlineItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            kind.setText(item.kind());
            // An impl's name already carries its generics ("impl<T> Display for Foo<T>").
            name.setText(item.name().contains("<") ? item.name() : item.name() + item.generics());
            setText(null);
            setGraphic(box);
        }
    }
}
