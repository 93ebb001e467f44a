-- A made-up phpBB 3 forum in the shape mysqldump writes (fake people, example.com addresses),
-- for the forum-sql-users preset's test (tests/core/TestLeakImport.cpp).
/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS `phpbb_posts`;
CREATE TABLE `phpbb_posts` (
  `post_id` int unsigned NOT NULL AUTO_INCREMENT,
  `poster_id` int unsigned NOT NULL DEFAULT '0',
  `post_text` mediumtext NOT NULL,
  PRIMARY KEY (`post_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
INSERT INTO `phpbb_posts` VALUES (1,2,'Welcome; (everyone), it\'s open'),(2,3,'Thanks!'),(3,2,'See ''you''');
DROP TABLE IF EXISTS `phpbb_users`;
CREATE TABLE `phpbb_users` (
  `user_id` int unsigned NOT NULL AUTO_INCREMENT,
  `user_type` tinyint NOT NULL DEFAULT '0',
  `user_ip` varchar(40) COLLATE utf8mb3_bin NOT NULL DEFAULT '',
  `username` varchar(255) COLLATE utf8mb3_bin NOT NULL DEFAULT '',
  `username_clean` varchar(255) COLLATE utf8mb3_bin NOT NULL DEFAULT '',
  `user_password` varchar(255) COLLATE utf8mb3_bin NOT NULL DEFAULT '',
  `user_email` varchar(100) COLLATE utf8mb3_bin NOT NULL DEFAULT '',
  `user_birthday` varchar(10) COLLATE utf8mb3_bin NOT NULL DEFAULT '',
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `username_clean` (`username_clean`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
LOCK TABLES `phpbb_users` WRITE;
INSERT INTO `phpbb_users` VALUES (1,2,'','Anonymous','anonymous','','',''),(2,3,'192.0.2.10','Quill Keeper','quill keeper','$2y$10$abcdefghijklmnopqrstuv','quill.keeper@example.com','12- 3-1990'),(3,0,'198.51.100.7','Moss_Fern','moss_fern','$2y$10$bcdefghijklmnopqrstuvw','moss.fern@example.com',''),(4,0,'','No Mail','no mail','$2y$10$cdefghijklmnopqrstuvwx','','');
UNLOCK TABLES;
DROP TABLE IF EXISTS `phpbb_zebra`;
CREATE TABLE `phpbb_zebra` (`user_id` int unsigned NOT NULL, `zebra_id` int unsigned NOT NULL, `friend` tinyint NOT NULL DEFAULT '0');
INSERT INTO `phpbb_zebra` VALUES (2,3,1);
