-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: ⟦i@rds_id#rds_member⟧.mysql.singapore.rds.aliyuncs.com    Database: lotus_member
-- ------------------------------------------------------
-- Server version	8.0.28
-- 导出给客服做会员迁移核对用, 用完即删 (⟦x=內部資料 請勿外傳⟧)

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET TIME_ZONE='+00:00' */;

DROP TABLE IF EXISTS `t_member`;
CREATE TABLE `t_member` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `site` char(2) NOT NULL,
  `real_name` varchar(64) DEFAULT NULL,
  `mobile` varchar(20) DEFAULT NULL,
  `id_no` varchar(32) DEFAULT NULL COMMENT '实名认证证件号',
  `password_hash` varchar(100) DEFAULT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=8812401 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `t_member` WRITE;
/*!40000 ALTER TABLE `t_member` DISABLE KEYS */;
INSERT INTO `t_member` VALUES (8812301,'CN','⟦p@name:zh⟧','⟦p@cn_mobile⟧','⟦p@cn_id⟧','$2a$10$⟦s@bcrypt⟧','2023-11-02 10:12:44');
INSERT INTO `t_member` VALUES (8812302,'TW','⟦p@name:tw⟧','⟦p@tw_mobile⟧','⟦p@tw_id⟧',NULL,'2023-11-02 10:15:09');
INSERT INTO `t_member` VALUES (8812303,'SG','⟦p@name:sg⟧','⟦p@sg_mobile⟧','⟦p@nric⟧',NULL,'2023-11-03 08:01:55');
INSERT INTO `t_member` VALUES (8812304,'ID','⟦p@name:id⟧','⟦p@id_mobile⟧','⟦p@nik⟧',NULL,'2023-11-03 21:40:12');
INSERT INTO `t_member` VALUES (8812305,'VN','⟦p@name:vi⟧','⟦p@vn_mobile⟧','⟦p@cccd⟧',NULL,'2023-11-04 13:22:08');
INSERT INTO `t_member` VALUES (8812306,'TH','⟦p@name:th⟧','⟦p@th_mobile⟧','⟦p@th_id⟧',NULL,'2023-11-05 09:47:31');
INSERT INTO `t_member` VALUES (8812308,'CN','测试账号-勿删','⟦n=13800138000⟧','⟦n=11010519491231002X⟧',NULL,'2023-11-06 00:00:00');
/*!40000 ALTER TABLE `t_member` ENABLE KEYS */;
UNLOCK TABLES;

DROP TABLE IF EXISTS `t_admin_user`;
CREATE TABLE `t_admin_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `username` varchar(64) NOT NULL,
  `password` varchar(64) NOT NULL,
  `remark` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `t_admin_user` WRITE;
INSERT INTO `t_admin_user` VALUES (1,'superadmin','⟦s@pw⟧','明文密码, 老系统遗留');
UNLOCK TABLES;
-- Dump completed on 2024-03-15  3:02:11
