"""Output: findings placed in their files, and the reports written from them."""
