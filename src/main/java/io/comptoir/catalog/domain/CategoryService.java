package io.comptoir.catalog.domain;

import io.comptoir.events.Topic;
import io.comptoir.events.catalog.CategoryUpdated;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.problem.Problem;
import io.comptoir.kernel.problem.UnprocessableException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Categories form a tree: a parent must exist and a category may not end up under itself. */
@ApplicationScoped
public class CategoryService {

    private final CategoryRepository categories;

    CategoryService(CategoryRepository categories) {
        this.categories = categories;
    }

    /** Creates or changes category {@code id} and announces it ({@code catalog.category.updated}). */
    public Category save(String id, String name, String parentId, Cause cause) {
        if (parentId != null) {
            requireNoCycle(id, parentId);
        }
        return categories.upsert(id, cause, Category::new, (category, events) -> {
            category.name = name;
            category.parentId = parentId;
            category.updatedAt = Instant.now();
            events.add(Topic.CATALOG_CATEGORY_UPDATED, id, new CategoryUpdated(id, name, parentId));
        });
    }

    public List<Category> list() {
        return categories.listAll(Sort.by("_id"));
    }

    public Category find(String id) {
        return categories.findByIdOptional(id).orElseThrow(() -> new NotFoundException("no category " + id));
    }

    /** The parent exists, and walking up from it never meets {@code id}. */
    private void requireNoCycle(String id, String parentId) {
        Set<String> seen = new HashSet<>();
        String current = parentId;
        while (current != null) {
            if (current.equals(id) || !seen.add(current)) {
                throw invalidParent("category " + id + " cannot be under itself");
            }
            Category parent = categories.findByIdOptional(current).orElse(null);
            if (parent == null) {
                throw invalidParent("no parent category " + current);
            }
            current = parent.parentId;
        }
    }

    private static UnprocessableException invalidParent(String message) {
        return new UnprocessableException(message, List.of(new Problem.FieldError("parentId", message)));
    }
}
